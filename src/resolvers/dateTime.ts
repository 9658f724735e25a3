/**
 * The DateTime scalar: graphql-scalars' DateTime, with a fast path for output. Bird's timestamps
 * are RFC 3339 strings; graphql-scalars validates each one and turns it into a Date that
 * JSON.stringify then turns back into a string — 2% of the CPU of an inbox screen, which serialises
 * hundreds of them. A string already in the canonical form (UTC, milliseconds) goes out as it is;
 * anything else takes the library's path, which validates and normalises it.
 */
import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';

const CANONICAL =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

const base = DateTimeResolver.toConfig();

export const DateTime = new GraphQLScalarType({
  ...base,
  serialize: (value: unknown) =>
    typeof value === 'string' && CANONICAL.test(value) ? value : base.serialize(value),
});
