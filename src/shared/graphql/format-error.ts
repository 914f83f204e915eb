import { Logger } from '@nestjs/common';
import { ApolloServerValidationErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError } from '../kernel/errors';
import { MAX_SELECTIONS, queryLimitExceeded } from './query-limits';

const logger = new Logger('GraphQL');

/** Codes Apollo sets itself for a malformed request; their messages name the fault already. */
const REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * What a client sees of an error: a domain error's code, message and field; a request refused for
 * its size under its own code; a malformed request's own message (and the argument at fault);
 * anything else as an opaque internal error. Never a stack trace.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const limit = queryLimitExceeded(error);
  if (limit) return { message: limit.message, locations: formatted.locations, extensions: { code: limit.code } };
  if (formatted.extensions?.validationErrorCode === ApolloServerValidationErrorCode.MAX_RECURSIVE_SELECTIONS_EXCEEDED) {
    const message = `The operation asks for more than ${MAX_SELECTIONS} fields once its fragments are spread out; the limit is ${MAX_SELECTIONS}`;
    return { message, extensions: { code: 'QUERY_TOO_COMPLEX' } };
  }
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}), ...(original.reason ? { reason: original.reason } : {}) },
    };
  }
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
  if (code && REQUEST_ERRORS.has(code)) {
    const field = formatted.extensions?.field;
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code, ...(typeof field === 'string' ? { field } : {}) } };
  }
  const name = original instanceof Error ? original.name : 'Error';
  const message = original instanceof Error ? original.message : String(original);
  logger.error(`Unexpected error at ${formatted.path?.join('.') ?? 'request'}: ${name}: ${message}`);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
