import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { calendarDate } from '../kernel/calendar-date';
import { DomainError } from '../kernel/errors';

function parseDate(value: unknown): string {
  try {
    if (typeof value !== 'string') throw new Error();
    return calendarDate('Date', value);
  } catch (error) {
    const message = error instanceof DomainError ? error.message : 'Date: must be an ISO date such as 2026-07-04';
    throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

/** A day with no time and no zone (`2026-07-04`), as stays and rate periods are. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day as an ISO date, e.g. 2026-07-04: no time, no zone',
  serialize: (value) => parseDate(value),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});
