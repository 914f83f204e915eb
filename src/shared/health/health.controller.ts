import { Controller, Get, Inject, Res } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Response } from 'express';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { Public } from '../auth/public.decorator';

type Status = 'up' | 'down';

/** For a load balancer or a worried owner: 200 when both stores answer, 503 otherwise. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly orm: MikroORM,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Public()
  @Get()
  async health(@Res() response: Response): Promise<void> {
    const [database, eventStore] = await Promise.all([
      probe(() => this.orm.em.fork().execute('SELECT 1')),
      probe(() => this.store.ping()),
    ]);
    const ok = database === 'up' && eventStore === 'up';
    response.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', database, eventStore });
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
