import { Client } from 'pg';
import { IcalFeedScheduler } from '../../src/synchronisation/application/ical-feed-scheduler';
import { CREATE_DOSSIER, dossierInput, ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { onRealServer, testDatabaseUrl } from '../support/database';
import { FeedServer, icsOf } from '../support/feed-server';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';
import { until } from '../support/until';

async function sql<R extends object>(text: string, params: unknown[] = []): Promise<R[]> {
  const client = new Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<R & Record<string, unknown>>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Two app instances on one database, on the real server where transactions truly run at once:
 * each feed is fetched once per interval whichever instance looks, and an import racing a
 * booking for the same nights never leaves both holding them.
 */
(onRealServer() ? describe : describe.skip)('imported calendars with two instances', () => {
  let first: TestApp;
  let second: TestApp;
  let server: FeedServer;
  const clocks = [new ManualClock(new Date('2027-06-01T08:00:00Z')), new ManualClock(new Date('2027-06-01T08:00:00Z'))];
  const advance = (ms: number) => clocks.forEach((clock) => clock.advance(ms));
  let path = 0;

  beforeAll(async () => {
    server = await new FeedServer().start();
    const config = { outboundAllow: ['127.0.0.1'], icalSyncMs: 0 };
    first = await startTestApp({ clock: clocks[0], config });
    second = await startTestApp({ clock: clocks[1], config });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await server?.stop();
  });

  const addFeed = async (gite: OwnerWithGite, body: string): Promise<{ id: string; path: string }> => {
    const feedPath = `/race/${++path}.ics`;
    server.set(feedPath, { kind: 'ICS', body });
    const added = await first.gql('mutation($input: IcalFeedInput!) { addIcalFeed(input: $input) { id status } }', { input: { accommodationId: gite.accommodationId, url: server.url(feedPath), platform: 'AIRBNB' } }, gite.owner.token);
    if (added.errors) throw new Error(JSON.stringify(added.errors));
    return { id: added.data?.addIcalFeed.id as string, path: feedPath };
  };

  it('fetches each feed once per interval, however many instances look at once', async () => {
    const gite = await ownerWithGite(first);
    const feeds = await Promise.all(Array.from({ length: 6 }, (_, i) => addFeed(gite, icsOf([{ uid: `s${i}@airbnb.com`, arrival: `2027-0${7 + (i % 3)}-0${1 + i}`, departure: `2027-0${7 + (i % 3)}-0${2 + i}` }]))));
    // Every feed was read once when added; the next reads are the schedule's.
    expect(feeds.map((f) => server.count(f.path))).toEqual(feeds.map(() => 1));
    const schedulers = [first, second].map((app) => app.app.get(IcalFeedScheduler));
    for (let round = 1; round <= 3; round++) {
      advance(15 * 60_000 + 1_000);
      // Other tests' feeds may be due in the same database, more than one look claims: the four look
      // together, again and again, until none finds a feed due.
      // A look may also come before the feeds' schedule shows in the read model: then it finds none yet and looks again.
      let taken = 0;
      for (let looks = 0; looks < 100; looks++) {
        const claimed = (await Promise.all([...schedulers, ...schedulers].map((scheduler) => scheduler.runDue()))).reduce((a, b) => a + b, 0);
        taken += claimed;
        if (claimed === 0 && feeds.every((f) => server.count(f.path) >= 1 + round)) break;
        if (claimed === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(feeds.map((f) => server.count(f.path))).toEqual(feeds.map(() => 1 + round));
      // At least ours, each taken by one look only.
      expect(taken).toBeGreaterThanOrEqual(feeds.length);
    }
  });

  it('never lets an import and a booking racing for the same nights both hold them', async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < 6; round++) {
      const gite = await ownerWithGite(first);
      const feed = await addFeed(gite, icsOf([]));
      server.set(feed.path, { kind: 'ICS', body: icsOf([{ uid: `race-${round}@airbnb.com`, arrival: '2027-07-10', departure: '2027-07-17' }]) });
      advance(11_000);
      const [synced, booked] = await Promise.all([
        (round % 2 === 0 ? first : second).gql('mutation($id: ID!) { syncIcalFeed(id: $id) { status } }', { id: feed.id }, gite.owner.token),
        (round % 2 === 0 ? second : first).gql(CREATE_DOSSIER, dossierInput(gite, '2027-07-12', '2027-07-19', 70_000, 'Course'), gite.owner.token),
      ]);
      expect(synced.errors).toBeUndefined();
      const holds = await until('the planning’s read model caught up', async () => {
        const rows = await sql<{ kind: string }>("SELECT kind FROM planning_holds WHERE accommodation_id = $1 AND arrival < '2027-07-19' AND departure > '2027-07-10'", [gite.accommodationId]);
        return rows.length > 0 ? rows : null;
      });
      // One hold on those nights, and the other party told: a conflict for the import, UNAVAILABLE for the booking.
      expect(holds).toHaveLength(1);
      if (booked.errors) {
        expect(booked.errors[0].extensions?.code).toBe('UNAVAILABLE');
        expect(holds[0].kind).toBe('IMPORTED');
        outcomes.push('import');
      } else {
        expect(holds[0].kind).toBe('DOSSIER');
        await until('the import’s conflict', async () => (await sql('SELECT id FROM planning_conflicts WHERE accommodation_id = $1', [gite.accommodationId])).length === 1);
        outcomes.push('booking');
      }
    }
    expect(outcomes).toHaveLength(6);
  });
});
