/**
 * Validates JSON values against the OpenAPI 3.0.3 schema subset the simulator's document uses
 * ($ref, type, nullable, enum, properties, required, additionalProperties, items, oneOf, allOf,
 * length and range bounds, pattern, uuid and date-time formats). Returns readable errors.
 */
export class OpenApiValidator {
  constructor(private readonly document: unknown) {}

  /** Errors of `value` against the component schema `name`; empty when valid. */
  validate(name: string, value: unknown): string[] {
    const errors: string[] = [];
    this.#check({ $ref: `#/components/schemas/${name}` }, value, '$', errors);
    return errors;
  }

  /** The value a local `$ref` points to, or undefined. */
  resolve(pointer: string): unknown {
    let node: unknown = this.document;
    for (const part of pointer.replace(/^#\//, '').split('/')) {
      node = isRecord(node) ? node[part] : undefined;
    }
    return node;
  }

  #check(schema: unknown, value: unknown, path: string, errors: string[]): void {
    if (!isRecord(schema)) {
      errors.push(`${path}: schema is not an object`);
      return;
    }
    if (typeof schema.$ref === 'string') {
      this.#check(this.resolve(schema.$ref), value, path, errors);
      return;
    }
    if (value === null) {
      if (schema.nullable !== true) errors.push(`${path}: null is not allowed`);
      return;
    }
    if (Array.isArray(schema.allOf))
      for (const part of schema.allOf) this.#check(part, value, path, errors);
    if (Array.isArray(schema.oneOf)) {
      const matches = schema.oneOf.filter((option) => {
        const optionErrors: string[] = [];
        this.#check(option, value, path, optionErrors);
        return optionErrors.length === 0;
      });
      if (matches.length !== 1) errors.push(`${path}: matches ${matches.length} oneOf options`);
    }
    if (Array.isArray(schema.enum) && !schema.enum.includes(value))
      errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
    switch (schema.type) {
      case 'object':
        this.#checkObject(schema, value, path, errors);
        break;
      case 'array':
        if (!Array.isArray(value)) {
          errors.push(`${path}: expected array`);
          break;
        }
        if (typeof schema.minItems === 'number' && value.length < schema.minItems)
          errors.push(`${path}: too few items`);
        if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
          errors.push(`${path}: too many items`);
        value.forEach((item, index) => {
          this.#check(schema.items, item, `${path}[${index}]`, errors);
        });
        break;
      case 'string':
        this.#checkString(schema, value, path, errors);
        break;
      case 'integer':
      case 'number':
        if (typeof value !== 'number' || (schema.type === 'integer' && !Number.isInteger(value))) {
          errors.push(`${path}: expected ${schema.type}`);
        } else if (
          (typeof schema.minimum === 'number' && value < schema.minimum) ||
          (typeof schema.maximum === 'number' && value > schema.maximum)
        ) {
          errors.push(`${path}: out of range`);
        }
        break;
      case 'boolean':
        if (typeof value !== 'boolean') errors.push(`${path}: expected boolean`);
        break;
      default:
        break;
    }
  }

  #checkObject(
    schema: Record<string, unknown>,
    value: unknown,
    path: string,
    errors: string[],
  ): void {
    if (!isRecord(value)) {
      errors.push(`${path}: expected object`);
      return;
    }
    const properties = isRecord(schema.properties) ? schema.properties : {};
    for (const key of Array.isArray(schema.required) ? schema.required : []) {
      if (typeof key === 'string' && !(key in value)) errors.push(`${path}.${key}: required`);
    }
    for (const [key, child] of Object.entries(value)) {
      if (key in properties) this.#check(properties[key], child, `${path}.${key}`, errors);
      else if (
        schema.additionalProperties === false ||
        (schema.additionalProperties === undefined && Object.keys(properties).length > 0)
      ) {
        // Undocumented fields count as errors, so the document cannot silently lag behind responses.
        errors.push(`${path}.${key}: not in the schema`);
      } else if (isRecord(schema.additionalProperties)) {
        this.#check(schema.additionalProperties, child, `${path}.${key}`, errors);
      }
    }
  }

  #checkString(
    schema: Record<string, unknown>,
    value: unknown,
    path: string,
    errors: string[],
  ): void {
    if (typeof value !== 'string') {
      errors.push(`${path}: expected string`);
      return;
    }
    if (typeof schema.minLength === 'number' && value.length < schema.minLength)
      errors.push(`${path}: too short`);
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength)
      errors.push(`${path}: too long`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value))
      errors.push(`${path}: does not match pattern`);
    if (schema.format === 'uuid' && !/^[0-9a-f-]{36}$/.test(value))
      errors.push(`${path}: not a uuid`);
    if (schema.format === 'date-time' && Number.isNaN(Date.parse(value)))
      errors.push(`${path}: not a date-time`);
  }
}

/** Narrows unknown JSON to an object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
