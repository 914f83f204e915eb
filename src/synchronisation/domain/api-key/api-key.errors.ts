import { DomainError, NotFound } from '../../../shared/kernel/errors';
import { MAX_LIVE_API_KEYS } from './api-key-settings';

/** Another owner's key answers as an unknown one: whether an id exists is none of the caller's business. */
export class ApiKeyNotFound extends NotFound {
  constructor(keyId: string) {
    super('API key', keyId, 'id');
  }
}

export class TooManyApiKeys extends DomainError {
  readonly code = 'BAD_USER_INPUT';

  constructor() {
    super(`An owner holds at most ${MAX_LIVE_API_KEYS} live API keys; revoke one you no longer use first`);
  }
}
