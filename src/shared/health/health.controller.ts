import { Controller, Get, Inject, Res } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Response } from 'express';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { followerReports } from '../../event-store/following/follower-health';
import { FollowerRunner } from '../../event-store/following/follower-runner';
import { Public } from '../auth/public.decorator';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../config/config';

type Status = 'up' | 'down';

/**
 * `/health` for a load balancer: 200 when both stores answer, 503 otherwise. `/health/ready` for
 * an operator: also how far each projection and policy is behind and what it had to park. It
 * answers `degraded`, naming them, when one lags over its threshold or waits on parked events:
 * the instance still serves, but some reads may be stale or some rows blocked.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly orm: MikroORM,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: FollowerRunner,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  @Public()
  @Get()
  async health(@Res() response: Response): Promise<void> {
    const { database, eventStore } = await this.stores();
    const ok = database === 'up' && eventStore === 'up';
    response.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'down', database, eventStore });
  }

  @Public()
  @Get('ready')
  async ready(@Res() response: Response): Promise<void> {
    const { database, eventStore } = await this.stores();
    if (database === 'down' || eventStore === 'down') {
      response.status(503).json({ status: 'down', database, eventStore });
      return;
    }
    // Lag is measured against when the store recorded events, so on the real clock, not the app's.
    const followers = await followerReports(this.orm.em.fork(), this.store, this.runner.names(), new Date(), this.config.followerLag);
    const degraded = followers.filter((f) => !f.healthy).map((f) => f.name);
    response.status(200).json({ status: degraded.length > 0 ? 'degraded' : 'ok', database, eventStore, degraded, followers });
  }

  private async stores(): Promise<{ database: Status; eventStore: Status }> {
    const [database, eventStore] = await Promise.all([probe(() => this.orm.em.fork().execute('SELECT 1')), probe(() => this.store.ping())]);
    return { database, eventStore };
  }
}

async function probe(check: () => Promise<unknown>): Promise<Status> {
  try {
    await Promise.race([check(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref())]);
    return 'up';
  } catch {
    return 'down';
  }
}
