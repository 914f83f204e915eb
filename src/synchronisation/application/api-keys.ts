import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { API_KEY_PREFIX } from '../../shared/auth/api-key-authenticator';
import { isApiScope, type ApiScope } from '../../shared/auth/api-scopes';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { InvalidInput } from '../../shared/kernel/errors';
import { isUuid } from '../../shared/kernel/ids';
import { apiKeyName, apiKeyScopes, MAX_LIVE_API_KEYS } from '../domain/api-key/api-key-settings';
import { ApiKeyNotFound, TooManyApiKeys } from '../domain/api-key/api-key.errors';
import { API_KEY_STORE, type ApiKeyRecord, type ApiKeyStore } from './ports';

/** A new key: the secret, in this answer only, and the key as lists will show it. */
export interface CreatedApiKey {
  readonly key: string;
  readonly apiKey: ApiKeyRecord;
}

/** Enough of the key for its owner to recognise it in a list, far too little to use: `osk_` and 8 characters. */
const SHOWN_PREFIX_LENGTH = 12;

/** The keys owners give integrators: every operation scoped to the caller. */
@Injectable()
export class ApiKeys {
  constructor(
    @Inject(API_KEY_STORE) private readonly store: ApiKeyStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(ownerId: string, name: string, scopes: readonly string[]): Promise<CreatedApiKey> {
    const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const record: ApiKeyRecord = {
      id: randomUUID(),
      ownerId,
      name: apiKeyName(name),
      scopes: apiKeyScopes(scopes.map(knownScope)),
      prefix: key.slice(0, SHOWN_PREFIX_LENGTH),
      createdAt: this.clock.now(),
      lastUsedAt: null,
      revokedAt: null,
    };
    if (!(await this.store.add(record, key, MAX_LIVE_API_KEYS))) throw new TooManyApiKeys();
    return { key, apiKey: record };
  }

  list(ownerId: string): Promise<ApiKeyRecord[]> {
    return this.store.listOf(ownerId);
  }

  /** The key stops working at once; revoking it again answers the same. */
  async revoke(ownerId: string, keyId: string): Promise<boolean> {
    if (!isUuid(keyId) || !(await this.store.revoke(ownerId, keyId, this.clock.now()))) throw new ApiKeyNotFound(keyId);
    return true;
  }
}

/** The schema's enum lets only known scopes through; this keeps any other caller as honest. */
function knownScope(value: string, i: number): ApiScope {
  if (!isApiScope(value)) throw new InvalidInput(`scopes[${i}]`, `${JSON.stringify(value)} is not a scope`);
  return value;
}
