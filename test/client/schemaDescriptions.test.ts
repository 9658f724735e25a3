/**
 * The schema is the frontend developer's documentation (the playground's docs explorer, editor
 * hints, generated types' comments): every type, field, argument, enum value and input field in
 * schema.graphql carries a description.
 */
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

/** The schema coordinates (`Type.field(arg:)`) of every element that has no description. */
function undocumented(type: GraphQLNamedType): string[] {
  const missing = (coordinate: string, description: string | null | undefined) =>
    (description ?? '').trim() === '' ? [coordinate] : [];
  const own = missing(type.name, type.description);
  if (isObjectType(type) || isInterfaceType(type)) {
    return own.concat(
      Object.values(type.getFields()).flatMap((field) => [
        ...missing(`${type.name}.${field.name}`, field.description),
        ...field.args.flatMap((arg) =>
          missing(`${type.name}.${field.name}(${arg.name}:)`, arg.description),
        ),
      ]),
    );
  }
  if (isInputObjectType(type)) {
    return own.concat(
      Object.values(type.getFields()).flatMap((f) =>
        missing(`${type.name}.${f.name}`, f.description),
      ),
    );
  }
  if (isEnumType(type)) {
    return own.concat(
      type.getValues().flatMap((v) => missing(`${type.name}.${v.name}`, v.description)),
    );
  }
  return own;
}

describe('schema.graphql documentation', () => {
  const types = Object.values(schema.getTypeMap()).filter(
    (t) => !t.name.startsWith('__') && !isSpecifiedScalarType(t),
  );

  it('covers the whole schema (sanity: the walk sees every kind of element)', () => {
    expect(types.length).toBeGreaterThan(50);
    expect(types.some(isEnumType) && types.some(isInputObjectType)).toBe(true);
  });

  it('describes every type, field, argument, enum value and input field', () => {
    expect(types.flatMap(undocumented)).toEqual([]);
  });

  it('notices an element without a description', () => {
    const bare = buildSchema('type Query { "Documented." a(x: Int): Int }');
    const query = bare.getQueryType();
    if (query === null || query === undefined) throw new Error('no Query type');

    expect(undocumented(query)).toEqual(['Query', 'Query.a(x:)']);
  });
});
