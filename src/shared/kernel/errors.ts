/**
 * Errors a person can act on. Each carries the GraphQL `extensions.code` it maps to and, where a
 * single input is at fault, that field's path, so a form can point at it.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAVAILABLE'
  | 'TOO_MANY_REQUESTS';

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  readonly field?: string;
  /** A finer code than `code` for programs (a widget showing its own text), where one helps. */
  readonly reason?: string;

  constructor(message: string, field?: string) {
    super(message);
    this.name = new.target.name;
    this.field = field;
  }
}

export class InvalidInput extends DomainError {
  readonly code = 'BAD_USER_INPUT';

  constructor(field: string, problem: string) {
    super(`${field}: ${problem}`, field);
  }
}

export class NotFound extends DomainError {
  readonly code = 'NOT_FOUND';

  constructor(what: string, id: string, field?: string) {
    super(`${field ? `${field}: ` : ''}${what} ${id} was not found`, field);
  }
}

export class Forbidden extends DomainError {
  readonly code = 'FORBIDDEN';
}

export class Unauthenticated extends DomainError {
  readonly code = 'UNAUTHENTICATED';
}

export class Conflict extends DomainError {
  readonly code = 'CONFLICT';
}

/** What was asked for is taken: nights already held, a slot gone. */
export class Unavailable extends DomainError {
  readonly code = 'UNAVAILABLE';
}

export class TooManyRequests extends DomainError {
  readonly code = 'TOO_MANY_REQUESTS';
}
