import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { API_KEY_FORMAT, type ApiKeyAuthenticator, type ApiKeyIdentity } from '../../shared/auth/api-key-authenticator';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { apiKeyHash, ApiKeyTable } from './api-key-table';

const USE_RECORDED_EVERY_MS = 60_000;

/** The guard's way to API keys (API_KEYS): a live key by its hash, and when it was last used. */
@Injectable()
export class ApiKeyAuthentication implements ApiKeyAuthenticator, OnModuleDestroy {
  private readonly logger = new Logger('ApiKeys');
  /** Uses being recorded, awaited when the app closes so that none meets a closed pool. */
  private readonly recording = new Set<Promise<void>>();

  constructor(
    private readonly table: ApiKeyTable,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async authenticate(key: string): Promise<ApiKeyIdentity | null> {
    // Not the shape of a key we issue (cut short when copied): no need to ask the database.
    if (!API_KEY_FORMAT.test(key)) return null;
    const found = await this.table.live(apiKeyHash(key));
    if (found === null) return null;
    const now = this.clock.now();
    if (found.lastUsedAt === null || now.getTime() - found.lastUsedAt.getTime() > USE_RECORDED_EVERY_MS) this.recordUse(found.id, now);
    return { ownerId: found.ownerId, keyId: found.id, scopes: [...found.scopes] };
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.recording);
  }

  /**
   * Not awaited: the request needs nothing from it, and a failure only leaves "last used" a
   * minute behind. Logged by the error's name alone, as its message may quote the statement.
   */
  private recordUse(keyId: string, now: Date): void {
    const write: Promise<void> = this.table
      .markUsed(keyId, now)
      .catch((error: unknown) => this.logger.warn(`Recording an API key's use failed: ${error instanceof Error ? error.name : 'unknown error'}`))
      .finally(() => this.recording.delete(write));
    this.recording.add(write);
  }
}
