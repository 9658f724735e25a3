/*
 * Tiny builders for OpenAPI 3.0.3 schema objects, so the document reads like the shapes it
 * describes. Plain JSON values: the document is served as is.
 */

/** An OpenAPI schema object (the subset the simulator's document uses). */
export type Schema = Readonly<Record<string, unknown>>;

/** A reference to a component schema. */
export function ref(name: string): Schema {
  return { $ref: `#/components/schemas/${name}` };
}

/** A string, optionally constrained. */
export function str(extra: Schema = {}): Schema {
  return { type: 'string', ...extra };
}

export const uuid: Schema = { type: 'string', format: 'uuid' };
export const dateTime: Schema = { type: 'string', format: 'date-time' };
export const bool: Schema = { type: 'boolean' };
export const int: Schema = { type: 'integer', format: 'int32' };
/** A free-form JSON object. */
export const anyObject: Schema = { type: 'object', additionalProperties: true };

/** A string enum. */
export function enumOf(values: readonly string[], extra: Schema = {}): Schema {
  return { type: 'string', enum: [...values], ...extra };
}

/** An array. */
export function arr(items: Schema, extra: Schema = {}): Schema {
  return { type: 'array', items, ...extra };
}

/** An object with the given properties; `required` lists the mandatory ones. */
export function obj(
  properties: Record<string, Schema>,
  required: readonly string[] = [],
  extra: Schema = {},
): Schema {
  return {
    type: 'object',
    properties,
    ...(required.length > 0 ? { required: [...required] } : {}),
    ...extra,
  };
}

/** `schema` that may also be null (OpenAPI 3.0 `nullable`). */
export function nullable(schema: Schema): Schema {
  return 'type' in schema ? { ...schema, nullable: true } : { allOf: [schema], nullable: true };
}
