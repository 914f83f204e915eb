import { randomUUID } from 'node:crypto';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { MIGRATIONS } from '../../src/app.module';
import type { RecordedEvent } from '../../src/event-store/event-store.port';
import { ensureCheckpoints, readCheckpoint } from '../../src/event-store/following/checkpoints';
import { policyCheckpoint } from '../../src/event-store/following/follower';
import { listParked } from '../../src/event-store/following/parked-events';
import { PolicyFollower } from '../../src/event-store/following/policy-follower';
import { START } from '../../src/event-store/position';
import type { Policy } from '../../src/event-store/policy/policy';
import { WrongExpectedRevision } from '../../src/event-store/wrong-expected-revision.error';
import { InvalidInput } from '../../src/shared/kernel/errors';
import type { Event } from '../../src/shared/kernel/message';
import { testDatabaseUrl } from '../support/database';

type Booked = Event<'Booked', { n: number }>;

/** A stored event as the store hands it to a follower. */
const recorded = (n: number, type = 'Booked'): RecordedEvent => ({
  id: randomUUID(),
  streamName: `policy-test-${n}`,
  revision: 0,
  position: { commit: BigInt(n), prepare: BigInt(n) },
  type,
  schemaVersion: 1,
  data: { n },
  metadata: { occurredAt: new Date().toISOString(), actor: { kind: 'system', id: 'test' }, correlationId: randomUUID(), causationId: null },
  recordedAt: new Date(),
});

describe('a policy follower', () => {
  let orm: MikroORM;

  beforeAll(async () => {
    orm = await MikroORM.init({
      driver: PostgreSqlDriver,
      clientUrl: testDatabaseUrl(),
      entities: [],
      discovery: { warnWhenNoEntities: false },
      allowGlobalContext: true,
      extensions: [Migrator],
      migrations: { migrationsList: [...MIGRATIONS], transactional: true, allOrNothing: true, snapshot: false, silent: true },
    });
    await orm.getMigrator().up();
  });
  afterAll(() => orm.close());

  /** A policy whose reaction to each event is the test's to say; it records what it did. */
  async function follower(react: (n: number, attempt: number) => void): Promise<{ follower: PolicyFollower; reacted: number[]; name: string }> {
    const reacted: number[] = [];
    const attempts = new Map<number, number>();
    const policy: Policy<Booked> = {
      name: `test-${randomUUID().slice(0, 8)}`,
      handles: ['Booked'],
      decode: (stored) => ({ type: 'Booked', data: { n: (stored.data as { n: number }).n } }),
      react: (e) => {
        const attempt = (attempts.get(e.data.n) ?? 0) + 1;
        attempts.set(e.data.n, attempt);
        react(e.data.n, attempt);
        reacted.push(e.data.n);
        return Promise.resolve();
      },
    };
    const name = policyCheckpoint(policy.name);
    await ensureCheckpoints(orm.em.fork(), [name]);
    return { follower: new PolicyFollower(orm, policy, { conflicts: 3, failures: 3, baseMs: 1 }), reacted, name };
  }

  it('tries a reaction again after a concurrency conflict, and never skips it', async () => {
    const { follower: f, reacted, name } = await follower((n, attempt) => {
      if (n === 2 && attempt <= 2) throw new WrongExpectedRevision('dossier-x', 3, 4);
    });
    const events = [recorded(1), recorded(2), recorded(3)];
    await expect(f.deliver(events, START, START)).resolves.toEqual({ position: events[2].position, stored: events[2].position });
    expect(reacted).toEqual([1, 2, 3]);
    expect(await listParked(orm.em.fork(), { followers: [name] })).toEqual([]);
    expect(await readCheckpoint(orm.em.fork(), name)).toEqual(events[2].position);
  });

  it('says its checkpoint stands at the last event it reacted to when the batch ends with others', async () => {
    const { follower: f, name } = await follower(() => undefined);
    const events = [recorded(1), recorded(2, 'Other')];
    await expect(f.deliver(events, START, START)).resolves.toEqual({ position: events[1].position, stored: events[0].position });
    expect(await readCheckpoint(orm.em.fork(), name)).toEqual(events[0].position);
    // The next batch moves it on from there, where it really stands.
    await expect(f.deliver([recorded(3)], events[1].position, events[0].position)).resolves.toEqual({ position: recorded(3).position, stored: recorded(3).position });
  });

  it('records a rule’s refusal as such, and goes on', async () => {
    const { follower: f, reacted, name } = await follower((n) => {
      if (n === 2) throw new InvalidInput('cents', 'refused by a rule');
    });
    await f.deliver([recorded(1), recorded(2), recorded(3)], START, START);
    expect(reacted).toEqual([1, 3]);
    const [refused] = await listParked(orm.em.fork(), { followers: [name] });
    expect(refused).toMatchObject({ kind: 'REFUSED', type: 'Booked', streamName: 'policy-test-2' });
    expect(refused.error).toContain('refused by a rule');
  });

  it('parks a reaction that keeps failing, after a few tries, and goes on', async () => {
    const { follower: f, reacted, name } = await follower((n) => {
      if (n === 2) throw new TypeError('a bug');
    });
    const events = [recorded(1), recorded(2), recorded(3)];
    await f.deliver(events, START, START);
    expect(reacted).toEqual([1, 3]);
    const [failed] = await listParked(orm.em.fork(), { followers: [name] });
    expect(failed).toMatchObject({ kind: 'FAILED', attempts: 3 });
    expect(failed.error).toContain('TypeError: a bug');
    expect(await readCheckpoint(orm.em.fork(), name)).toEqual(events[2].position);
  });

  it('parks a conflict that never ends, rather than loop on it', async () => {
    const { follower: f, name } = await follower((n) => {
      if (n === 1) throw new WrongExpectedRevision('dossier-x', 3, 4);
    });
    await f.deliver([recorded(1)], START, START);
    const [failed] = await listParked(orm.em.fork(), { followers: [name] });
    expect(failed).toMatchObject({ kind: 'FAILED' });
    expect(failed.error).toContain('WrongExpectedRevision');
  });

  it('stops without parking when the database is away, so the event is tried again later', async () => {
    const lost = Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' });
    const { follower: f, reacted, name } = await follower((n) => {
      if (n === 2) throw lost;
    });
    const events = [recorded(1), recorded(2), recorded(3)];
    await expect(f.deliver(events, START, START)).rejects.toBe(lost);
    expect(reacted).toEqual([1]);
    expect(await listParked(orm.em.fork(), { followers: [name] })).toEqual([]);
    // Its checkpoint stands after the last reaction that went through: event 2 comes again.
    expect(await readCheckpoint(orm.em.fork(), name)).toEqual(events[0].position);
  });
});
