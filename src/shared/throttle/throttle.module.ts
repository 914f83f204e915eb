import { EntityManager } from '@mikro-orm/postgresql';
import { Global, Module } from '@nestjs/common';
import { ATTEMPT_THROTTLE } from './attempt-throttle';
import { PostgresAttemptThrottle } from './postgres-attempt-throttle';

/**
 * One count of attempts for the whole platform, shared by every instance through PostgreSQL
 * (the `attempt_counters` table, created by Catalogue's migrations, which needed it first).
 */
@Global()
@Module({
  providers: [{ provide: ATTEMPT_THROTTLE, inject: [EntityManager], useFactory: (em: EntityManager) => new PostgresAttemptThrottle(em) }],
  exports: [ATTEMPT_THROTTLE],
})
export class ThrottleModule {}
