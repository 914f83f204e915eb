import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, type ErrorCode } from '../kernel/errors';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAVAILABLE: 409,
  TOO_MANY_REQUESTS: 429,
};

/**
 * Every error on its way out, registered for the whole app. For plain HTTP routes (downloads):
 * the same answer GraphQL gives, as JSON with a status, so a client reads `{ error: { code,
 * message, field } }` and never a stack trace. For GraphQL: handed back to Apollo, whose
 * `formatError` answers it; this only keeps Nest from logging every refusal with its stack (a
 * refused input is no server error, and its message may quote what a person typed).
 */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return error;
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof DomainError) {
      response.status(STATUS[error.code]).json({ error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) } });
      return undefined;
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const code = (Object.keys(STATUS) as ErrorCode[]).find((candidate) => STATUS[candidate] === status) ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
      response.status(status).json({ error: { code, message: error.message } });
      return undefined;
    }
    this.logger.error(`Unexpected error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    response.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
    return undefined;
  }
}
