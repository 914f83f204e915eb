import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { IdempotencyKeys } from './idempotency-keys';
import { IdempotencyPlugin } from './idempotency.plugin';

const FORGET_EVERY_MS = 60 * 60_000;

/** Clears keys past their day every hour; any instance may, the statement is idempotent. */
@Injectable()
class ExpiredKeysSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly keys: IdempotencyKeys) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.keys.forgetExpired().catch(() => undefined), FORGET_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}

/** `Idempotency-Key` on every GraphQL mutation. */
@Module({
  providers: [{ provide: IdempotencyKeys, inject: [EntityManager], useFactory: (em: EntityManager) => new IdempotencyKeys(em) }, IdempotencyPlugin, ExpiredKeysSweeper],
  exports: [IdempotencyKeys],
})
export class IdempotencyModule {}
