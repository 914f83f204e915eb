import { GraphQLError, GraphQLScalarType } from 'graphql';

/**
 * An event's data as it was stored, for audit: answered only, never taken as input, so there is
 * nothing to parse and no need for a general JSON scalar package.
 */
export const JsonObjectScalar = new GraphQLScalarType<never, Record<string, unknown>>({
  name: 'JSONObject',
  description: 'A JSON object, as stored; only ever in answers',
  serialize: (value) => value as Record<string, unknown>,
  parseValue: () => {
    throw new GraphQLError('JSONObject is only ever answered, never taken as input', { extensions: { code: 'BAD_USER_INPUT' } });
  },
  parseLiteral: () => {
    throw new GraphQLError('JSONObject is only ever answered, never taken as input', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
