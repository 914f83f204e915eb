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
 * For plain HTTP routes (downloads): the same answer GraphQL gives, as JSON with a status, so a
 * client reads `{ error: { code, message, field } }` and never a stack trace.
 */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof DomainError) {
      response.status(STATUS[error.code]).json({ error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) } });
      return;
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const code = (Object.keys(STATUS) as ErrorCode[]).find((candidate) => STATUS[candidate] === status) ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
      response.status(status).json({ error: { code, message: error.message } });
      return;
    }
    this.logger.error(`Unexpected error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    response.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
  }
}
