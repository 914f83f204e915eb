import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { addDays } from '../../src/shared/kernel/calendar-date';
import { NotICalendar } from '../../src/synchronisation/domain/ical-import/ical-import.errors';
import { readIcalFeed } from '../../src/synchronisation/domain/ical-import/read-ical-feed';
import { IcalFeedScheduler } from '../../src/synchronisation/application/ical-feed-scheduler';
import { CREATE_DOSSIER, dossierInput, ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { FeedServer, icsOf, type FeedStay } from '../support/feed-server';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';
import { until } from '../support/until';

/**
 * Other platforms' calendars imported into a gîte's planning, served by a local HTTP server and
 * fetched on a manual clock: what each answer holds, frees, or is not believed to free.
 * "Today" is Tuesday 1 June 2027, in Paris.
 */
const FEED_FIELDS = 'id label platform status eventCount bookedCount closedCount lastSuccessAt lastAttemptAt lastError lastErrorCode exportUrl problems { code line message } suspicion { reason lost seen needed }';
const ADD = `mutation($input: IcalFeedInput!, $lang: Lang) { addIcalFeed(input: $input, lang: $lang) { ${FEED_FIELDS} } }`;
const SYNC = `mutation($id: ID!, $lang: Lang) { syncIcalFeed(id: $id, lang: $lang) { ${FEED_FIELDS} } }`;
const CONFIRM = `mutation($id: ID!) { confirmIcalFeed(id: $id) { ${FEED_FIELDS} } }`;
const PLANNING = 'query($id: ID!, $from: Date!, $to: Date!) { planning(accommodationId: $id, from: $from, to: $to) { date state origin reason holdId dossierId conflict } }';

interface Feed {
  id: string;
  status: string;
  eventCount: number | null;
  lastError: string | null;
  lastErrorCode: string | null;
  exportUrl: string;
  problems: { code: string; line: number; message: string }[];
  suspicion: { reason: string; lost: number; seen: number; needed: number } | null;
}
interface Day {
  date: string;
  state: string;
  origin: string | null;
  reason: string | null;
  holdId: string | null;
  dossierId: string | null;
  conflict: boolean;
}

const JULY_3: FeedStay = { uid: 'a1@airbnb.com', arrival: '2027-07-03', departure: '2027-07-10' };
const JULY_17: FeedStay = { uid: 'a2@airbnb.com', arrival: '2027-07-17', departure: '2027-07-24' };
const AUGUST_7: FeedStay = { uid: 'a3@airbnb.com', arrival: '2027-08-07', departure: '2027-08-14', summary: 'Airbnb (Not available)' };

describe('importing other platforms’ calendars', () => {
  let t: TestApp;
  let server: FeedServer;
  const clock = new ManualClock(new Date('2027-06-01T08:00:00Z'));
  let path = 0;

  const ok = async <T = Record<string, any>>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => { // eslint-disable-line @typescript-eslint/no-explicit-any
    const answer = await t.gql<T>(query, variables, token);
    if (answer.errors || !answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data;
  };
  const store = () => t.app.get<EventStore>(EVENT_STORE);
  const eventsIn = async (stream: string) => (await store().readStream(stream)).length;

  /** A gîte importing a feed of its own path on the server, which first lists `stays`. */
  const giteWithFeed = async (stays: readonly FeedStay[], platform = 'AIRBNB'): Promise<{ gite: OwnerWithGite; feed: Feed; path: string }> => {
    const gite = await ownerWithGite(t);
    const feedPath = `/feeds/${++path}.ics`;
    server.set(feedPath, { kind: 'ICS', body: icsOf(stays), etag: true });
    const { addIcalFeed } = await ok<{ addIcalFeed: Feed }>(ADD, { input: { accommodationId: gite.accommodationId, url: server.url(feedPath), platform } }, gite.owner.token);
    return { gite, feed: addIcalFeed, path: feedPath };
  };
  const planning = async (gite: OwnerWithGite, from: string, to: string): Promise<Day[]> => (await ok<{ planning: Day[] }>(PLANNING, { id: gite.accommodationId, from, to }, gite.owner.token)).planning;
  const statesOf = (days: Day[]) => [...new Set(days.map((d) => d.state))];
  /** The planning once its read model shows `state` on every night of the range. */
  const shows = (gite: OwnerWithGite, from: string, to: string, state: string) =>
    until(`${from}–${to} ${state}`, async () => {
      const days = await planning(gite, from, to);
      return days.every((d) => d.state === state) ? days : null;
    });
  const sync = async (gite: OwnerWithGite, feed: Feed, lang = 'FR'): Promise<Feed> => {
    // "Sync now" twice within 10 seconds reads the status only: the clock moves on between tests' fetches.
    clock.advance(11_000);
    return (await ok<{ syncIcalFeed: Feed }>(SYNC, { id: feed.id, lang }, gite.owner.token)).syncIcalFeed;
  };

  beforeAll(async () => {
    server = await new FeedServer().start();
    t = await startTestApp({ clock, config: { outboundAllow: ['127.0.0.1'], icalSyncMs: 0, icalFetchTimeoutMs: 1_500 } });
  });
  afterAll(async () => {
    await t.close();
    await server.stop();
  });

  describe('a feed that answers', () => {
    let gite: OwnerWithGite;
    let feed: Feed;
    let feedPath: string;

    beforeAll(async () => {
      ({ gite, feed, path: feedPath } = await giteWithFeed([JULY_3, JULY_17, AUGUST_7]));
    });

    it('is read as soon as it is added: its stays hold their nights on the planning, as ICAL, under the feed’s label', async () => {
      // Airbnb's words: two guests' bookings ("Reserved") and nights the host closed there.
      expect(feed).toMatchObject({ status: 'OK', eventCount: 3, bookedCount: 2, closedCount: 1, lastError: null, problems: [], suspicion: null });
      const days = await shows(gite, '2027-07-03', '2027-07-10', 'IMPORTED');
      expect(days[0]).toMatchObject({ origin: 'ICAL', reason: 'Airbnb', dossierId: null, conflict: false });
      expect(new Set(days.map((d) => d.holdId)).size).toBe(1);
      expect(statesOf(await planning(gite, '2027-07-10', '2027-07-17'))).toEqual(['FREE']);
      await shows(gite, '2027-08-07', '2027-08-14', 'IMPORTED');
    });

    it('shows its nights to guests as unavailable, and refuses the owner a file on them', async () => {
      const days = await ok<{ availability: { state: string }[] }>('query($id: ID!) { availability(accommodationId: $id, from: "2027-07-17", to: "2027-07-24") { state } }', { id: gite.accommodationId }, gite.owner.token);
      expect(new Set(days.availability.map((d) => d.state))).toEqual(new Set(['UNAVAILABLE']));
      const refused = await t.gql(CREATE_DOSSIER, dossierInput(gite, '2027-07-18', '2027-07-20', 30_000, 'Martin'), gite.owner.token);
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'UNAVAILABLE' } });
      expect(refused.errors?.[0]?.message).toContain('taken on another platform’s calendar');
    });

    it('appends nothing when read again unchanged, whether it answers 304 or the same calendar', async () => {
      const planningStream = `planning-${gite.accommodationId}`;
      const [before, feedBefore] = [await eventsIn(planningStream), await eventsIn(`ical-feed-${feed.id}`)];
      const hits = server.count(feedPath);
      expect(await sync(gite, feed)).toMatchObject({ status: 'OK' });
      server.set(feedPath, { kind: 'ICS', body: icsOf([JULY_3, JULY_17, AUGUST_7]), etag: false });
      expect(await sync(gite, feed)).toMatchObject({ status: 'OK', eventCount: 3 });
      expect(server.count(feedPath)).toBe(hits + 2);
      expect([await eventsIn(planningStream), await eventsIn(`ical-feed-${feed.id}`)]).toEqual([before, feedBefore]);
    });

    it('moves a stay whose dates change under the same UID, freeing its old nights', async () => {
      const held = (await planning(gite, '2027-07-17', '2027-07-18'))[0].holdId;
      server.set(feedPath, { kind: 'ICS', body: icsOf([JULY_3, { ...JULY_17, arrival: '2027-07-18', departure: '2027-07-25' }, AUGUST_7]) });
      await sync(gite, feed);
      const days = await shows(gite, '2027-07-18', '2027-07-25', 'IMPORTED');
      expect(new Set(days.map((d) => d.holdId))).toEqual(new Set([held]));
      expect(statesOf(await planning(gite, '2027-07-17', '2027-07-18'))).toEqual(['FREE']);
    });

    it('frees the nights of a stay the feed no longer lists', async () => {
      server.set(feedPath, { kind: 'ICS', body: icsOf([JULY_3, { ...JULY_17, arrival: '2027-07-18', departure: '2027-07-25' }]) });
      await sync(gite, feed);
      await shows(gite, '2027-08-07', '2027-08-14', 'FREE');
      expect(statesOf(await planning(gite, '2027-07-03', '2027-07-10'))).toEqual(['IMPORTED']);
    });
  });

  describe('a fetch that fails changes nothing', () => {
    let gite: OwnerWithGite;
    let feed: Feed;
    let feedPath: string;

    beforeAll(async () => {
      ({ gite, feed, path: feedPath } = await giteWithFeed([JULY_3, JULY_17]));
      await shows(gite, '2027-07-17', '2027-07-24', 'IMPORTED');
    });

    const failsWith = async (code: string, french: RegExp) => {
      const before = await eventsIn(`planning-${gite.accommodationId}`);
      const read = await sync(gite, feed);
      expect(read).toMatchObject({ status: 'FAILING', lastErrorCode: code });
      expect(read.lastError).toMatch(french);
      expect(await eventsIn(`planning-${gite.accommodationId}`)).toBe(before);
      expect(statesOf(await planning(gite, '2027-07-03', '2027-07-24')).sort()).toEqual(['FREE', 'IMPORTED']);
    };

    it('an HTTP error, said in French', async () => {
      server.set(feedPath, { kind: 'STATUS', status: 500 });
      await failsWith('HTTP_STATUS', /^La plateforme a répondu par une erreur \(HTTP 500\)/);
    });

    it('an error page answered with 200', async () => {
      server.set(feedPath, { kind: 'ICS', body: '<!doctype html><html><body>Maintenance</body></html>' });
      await failsWith('NOT_ICALENDAR', /n’est pas un calendrier iCal/);
    });

    it('an empty body', async () => {
      server.set(feedPath, { kind: 'ICS', body: '' });
      await failsWith('NOT_ICALENDAR', /n’est pas un calendrier iCal/);
    });

    it('a redirect to a private address', async () => {
      server.set(feedPath, { kind: 'REDIRECT', to: 'http://10.1.2.3/feed.ics' });
      await failsWith('REFUSED', /adresse web publique/);
    });

    it('a platform that does not answer in time', async () => {
      server.set(feedPath, { kind: 'HANG' });
      await failsWith('TIMEOUT', /n’a pas répondu à temps/);
    });

    it('a calendar over 5 MB', async () => {
      const huge = icsOf(Array.from({ length: 45_000 }, (_, i) => ({ uid: `big-${i}@example.org`, arrival: '2027-09-01', departure: '2027-09-02', summary: 'Réservé par une très longue description' })));
      expect(huge.length).toBeGreaterThan(5 * 1024 * 1024);
      server.set(feedPath, { kind: 'ICS', body: huge });
      await failsWith('TOO_LARGE', /dépasse 5 Mo/);
    });

    it('says the error in English when asked', async () => {
      server.set(feedPath, { kind: 'STATUS', status: 404 });
      clock.advance(11_000);
      const read = (await ok<{ syncIcalFeed: Feed }>(SYNC, { id: feed.id, lang: 'EN' }, gite.owner.token)).syncIcalFeed;
      expect(read.lastError).toBe('The platform answered with an error (HTTP 404): the link may have been replaced.');
    });

    it('is OK again once the feed answers', async () => {
      server.set(feedPath, { kind: 'ICS', body: icsOf([JULY_3, JULY_17]) });
      expect(await sync(gite, feed)).toMatchObject({ status: 'OK', lastError: null, eventCount: 2 });
    });
  });

  describe('never freeing a night by mistake', () => {
    it('holds an empty answer as suspicious, and frees the nights only once it came back three times', async () => {
      const { gite, feed, path: feedPath } = await giteWithFeed([JULY_3, JULY_17]);
      await shows(gite, '2027-07-17', '2027-07-24', 'IMPORTED');
      server.set(feedPath, { kind: 'ICS', body: icsOf([]), etag: true });
      expect((await sync(gite, feed)).suspicion).toEqual({ reason: 'EMPTY', lost: 2, seen: 1, needed: 3 });
      expect((await sync(gite, feed)).suspicion).toMatchObject({ seen: 2 });
      expect(statesOf(await planning(gite, '2027-07-03', '2027-07-10'))).toEqual(['IMPORTED']);
      const third = await sync(gite, feed);
      expect(third).toMatchObject({ status: 'OK', suspicion: null, eventCount: 0 });
      await shows(gite, '2027-07-03', '2027-07-24', 'FREE');
    });

    it('holds the loss of more than half of the stays to come, and frees them at once when the owner confirms', async () => {
      const { gite, feed, path: feedPath } = await giteWithFeed([JULY_3, JULY_17, AUGUST_7]);
      await shows(gite, '2027-08-07', '2027-08-14', 'IMPORTED');
      server.set(feedPath, { kind: 'ICS', body: icsOf([JULY_3]) });
      expect(await sync(gite, feed)).toMatchObject({ status: 'SUSPICIOUS', suspicion: { reason: 'HALF_LOST', lost: 2, seen: 1 } });
      expect(statesOf(await planning(gite, '2027-08-07', '2027-08-14'))).toEqual(['IMPORTED']);
      clock.advance(1_000);
      expect((await ok<{ confirmIcalFeed: Feed }>(CONFIRM, { id: feed.id }, gite.owner.token)).confirmIcalFeed).toMatchObject({ status: 'OK', suspicion: null });
      await shows(gite, '2027-08-07', '2027-08-14', 'FREE');
      await shows(gite, '2027-07-17', '2027-07-24', 'FREE');
      expect(statesOf(await planning(gite, '2027-07-03', '2027-07-10'))).toEqual(['IMPORTED']);
    });

    it('takes a new stay from a suspicious answer at once: adding never frees anything', async () => {
      const { gite, feed, path: feedPath } = await giteWithFeed([JULY_3, JULY_17]);
      server.set(feedPath, { kind: 'ICS', body: icsOf([AUGUST_7]) });
      expect(await sync(gite, feed)).toMatchObject({ status: 'SUSPICIOUS' });
      await shows(gite, '2027-08-07', '2027-08-14', 'IMPORTED');
      await shows(gite, '2027-07-03', '2027-07-10', 'IMPORTED');
    });

    it('keeps a stay that began when the feed drops it: platforms forget the past, it is no cancellation', async () => {
      const { gite, feed, path: feedPath } = await giteWithFeed([{ uid: 'now@airbnb.com', arrival: '2027-05-29', departure: '2027-06-05' }, JULY_3]);
      await shows(gite, '2027-05-29', '2027-06-05', 'IMPORTED');
      server.set(feedPath, { kind: 'ICS', body: icsOf([JULY_3]) });
      expect(await sync(gite, feed)).toMatchObject({ status: 'OK', suspicion: null });
      expect(statesOf(await planning(gite, '2027-05-29', '2027-06-05'))).toEqual(['IMPORTED']);
    });

    it('reads Booking.com’s stay cut at today as the same stay, not a move', async () => {
      const { gite, feed, path: feedPath } = await giteWithFeed([{ uid: 'b1@booking.com', arrival: '2027-05-30', departure: '2027-06-04', summary: 'CLOSED - Not available' }], 'BOOKING_COM');
      const before = await eventsIn(`planning-${gite.accommodationId}`);
      server.set(feedPath, { kind: 'ICS', body: icsOf([{ uid: 'b1@booking.com', arrival: '2027-06-01', departure: '2027-06-04', summary: 'CLOSED - Not available' }]) });
      expect(await sync(gite, feed)).toMatchObject({ status: 'OK' });
      expect(await eventsIn(`planning-${gite.accommodationId}`)).toBe(before);
      expect(statesOf(await planning(gite, '2027-05-30', '2027-06-04'))).toEqual(['IMPORTED']);
    });
  });

  describe('conflicts with the planning', () => {
    it('records a stay on a file’s nights as a conflict, never touching the file, and gives it the nights once the file is cancelled', async () => {
      const gite = await ownerWithGite(t);
      const file = await ok<{ createDossier: { id: string } }>(CREATE_DOSSIER, dossierInput(gite, '2027-07-17', '2027-07-24', 60_000, 'Martin'), gite.owner.token);
      const feedPath = `/feeds/${++path}.ics`;
      server.set(feedPath, { kind: 'ICS', body: icsOf([JULY_3, { ...JULY_17, arrival: '2027-07-20', departure: '2027-07-27' }]) });
      await ok(ADD, { input: { accommodationId: gite.accommodationId, url: server.url(feedPath), platform: 'AIRBNB', label: 'Airbnb – studio' } }, gite.owner.token);
      const conflicts = await until('the conflict listed', async () => {
        const { syncConflicts } = await ok<{ syncConflicts: { id: string; label: string; arrival: string; departure: string; heldBy: { kind: string; dossierId: string } }[] }>(
          'query($id: ID) { syncConflicts(accommodationId: $id) { id label arrival departure heldBy { kind dossierId arrival departure } } }',
          { id: gite.accommodationId },
          gite.owner.token,
        );
        return syncConflicts.length > 0 ? syncConflicts : null;
      });
      expect(conflicts).toEqual([
        { id: expect.any(String), label: 'Airbnb – studio', arrival: '2027-07-20', departure: '2027-07-27', heldBy: { kind: 'DOSSIER', dossierId: file.createDossier.id, arrival: '2027-07-17', departure: '2027-07-24' } },
      ]);
      const days = await planning(gite, '2027-07-17', '2027-07-27');
      expect(days.filter((d) => d.conflict).map((d) => d.date)).toEqual(['2027-07-20', '2027-07-21', '2027-07-22', '2027-07-23', '2027-07-24', '2027-07-25', '2027-07-26']);
      expect(new Set(days.slice(0, 7).map((d) => d.dossierId))).toEqual(new Set([file.createDossier.id]));
      // The same answer again records the conflict once.
      const before = await eventsIn(`planning-${gite.accommodationId}`);
      const feed = (await ok<{ icalFeeds: Feed[] }>(`query($id: ID) { icalFeeds(accommodationId: $id) { ${FEED_FIELDS} } }`, { id: gite.accommodationId }, gite.owner.token)).icalFeeds[0];
      await sync(gite, feed);
      expect(await eventsIn(`planning-${gite.accommodationId}`)).toBe(before);

      await ok('mutation($id: ID!) { cancelDossier(id: $id) { status } }', { id: file.createDossier.id }, gite.owner.token);
      await shows(gite, '2027-07-20', '2027-07-27', 'IMPORTED');
      await until('the conflict gone', async () => {
        const { syncConflicts } = await ok<{ syncConflicts: unknown[] }>('query($id: ID) { syncConflicts(accommodationId: $id) { id } }', { id: gite.accommodationId }, gite.owner.token);
        return syncConflicts.length === 0;
      });
    });
  });

  describe('real platforms’ and libraries’ files, served as feeds', () => {
    const FIXTURES = join(__dirname, '..', 'fixtures', 'ical');
    const files = [...readdirSync(FIXTURES).map((f) => join(FIXTURES, f)), ...readdirSync(join(FIXTURES, 'shared')).map((f) => join(FIXTURES, 'shared', f))].filter((f) => f.endsWith('.ics'));

    it.each(files.map((file) => [file.slice(FIXTURES.length + 1), file]))('%s: imported as the reader reads it, or refused with a named reason', async (_, file) => {
      const bytes = readFileSync(file);
      let expected: { status: string; eventCount: number | null; problems: number; code: string | null };
      try {
        const reading = readIcalFeed(bytes, { zone: 'Europe/Paris', from: '2027-06-01', to: addDays('2027-06-01', 730) });
        expected = { status: 'OK', eventCount: reading.events.length, problems: reading.problems.length, code: null };
      } catch (error) {
        if (!(error instanceof NotICalendar)) throw error;
        expected = { status: 'FAILING', eventCount: null, problems: 0, code: 'NOT_ICALENDAR' };
      }
      const gite = await ownerWithGite(t);
      const feedPath = `/fixtures/${++path}.ics`;
      server.set(feedPath, { kind: 'ICS', body: bytes });
      const { addIcalFeed } = await ok<{ addIcalFeed: Feed }>(ADD, { input: { accommodationId: gite.accommodationId, url: server.url(feedPath), platform: 'GENERIC' } }, gite.owner.token);
      expect({ status: addIcalFeed.status, eventCount: addIcalFeed.eventCount, problems: addIcalFeed.problems.length, code: addIcalFeed.lastErrorCode }).toEqual(expected);
      // Each problem is named in French, with its line.
      for (const problem of addIcalFeed.problems) expect(problem.message).toMatch(/^Ligne \d+ : .+, ignoré\.$/);
    });
  });

  describe('the feed itself', () => {
    it('refuses what is not a web address, an interval under 5 minutes and an unknown gîte, naming the field', async () => {
      const gite = await ownerWithGite(t);
      const input = { accommodationId: gite.accommodationId, url: 'https://www.airbnb.fr/calendar/ical/1.ics?s=x', platform: 'AIRBNB' };
      const refused = async (change: Record<string, unknown>) => (await t.gql(ADD, { input: { ...input, ...change } }, gite.owner.token)).errors?.[0]?.extensions;
      expect(await refused({ url: 'ftp://example.org/cal.ics' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
      expect(await refused({ url: 'https://user:pw@example.org/cal.ics' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
      expect(await refused({ url: 'pas une adresse' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
      expect(await refused({ intervalMinutes: 4 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'intervalMinutes' });
      expect(await refused({ accommodationId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('reads webcal:// as https, and a private address as refused without fetching anything', async () => {
      const gite = await ownerWithGite(t);
      const { addIcalFeed } = await ok<{ addIcalFeed: Feed & { url: string } }>(
        `mutation($input: IcalFeedInput!) { addIcalFeed(input: $input) { url ${FEED_FIELDS} } }`,
        { input: { accommodationId: gite.accommodationId, url: 'webcal://192.168.1.10/calendar.ics', platform: 'ICLOUD' } },
        gite.owner.token,
      );
      expect(addIcalFeed).toMatchObject({ url: 'https://192.168.1.10/calendar.ics', status: 'FAILING', lastErrorCode: 'REFUSED', bookedCount: null, closedCount: null });
    });

    it('frees every night it held when removed', async () => {
      const { gite, feed } = await giteWithFeed([JULY_3]);
      await shows(gite, '2027-07-03', '2027-07-10', 'IMPORTED');
      expect((await ok<{ removeIcalFeed: boolean }>('mutation($id: ID!) { removeIcalFeed(id: $id) }', { id: feed.id }, gite.owner.token)).removeIcalFeed).toBe(true);
      await shows(gite, '2027-07-03', '2027-07-10', 'FREE');
      await until('the feed gone from the list', async () => (await ok<{ icalFeeds: unknown[] }>('{ icalFeeds { id } }', {}, gite.owner.token)).icalFeeds.length === 0);
      expect((await t.gql('mutation($id: ID!) { syncIcalFeed(id: $id) { id } }', { id: feed.id }, gite.owner.token)).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('the export beside the import', () => {
    it('leaves imported stays out unless the owner passes them on, and never gives a platform its own stays back', async () => {
      const { gite, feed } = await giteWithFeed([JULY_3]);
      const other = await ok<{ addIcalFeed: Feed }>(ADD, { input: { accommodationId: gite.accommodationId, url: server.url(`/feeds/${++path}.ics`), platform: 'BOOKING_COM' } }, gite.owner.token);
      server.set(`/feeds/${path}.ics`, { kind: 'ICS', body: icsOf([{ uid: 'b9@booking.com', arrival: '2027-07-17', departure: '2027-07-24', summary: 'CLOSED - Not available' }]) });
      await sync(gite, other.addIcalFeed);
      await shows(gite, '2027-07-17', '2027-07-24', 'IMPORTED');
      const starts = async (url: string) => [...(await (await fetch(url)).text()).matchAll(/DTSTART;VALUE=DATE:(\d+)/g)].map((m) => m[1]);
      expect(await starts(feed.exportUrl)).toEqual([]);
      await ok('mutation($id: ID!) { setIcalExportSettings(accommodationId: $id, input: { exportOptions: true, exportImported: true }) { exportImported } }', { id: gite.accommodationId }, gite.owner.token);
      // Airbnb's URL shows Booking.com's stay, not Airbnb's own; Booking.com's the other way round.
      expect(await starts(feed.exportUrl)).toEqual(['20270717']);
      expect(await starts(other.addIcalFeed.exportUrl)).toEqual(['20270703']);
      expect(await starts(feed.exportUrl.split('?')[0])).toEqual(['20270703', '20270717']);
    });
  });

  describe('on a schedule', () => {
    it('fetches each feed once its interval has passed, and not before', async () => {
      const { gite, path: feedPath } = await giteWithFeed([JULY_3]);
      const scheduler = t.app.get(IcalFeedScheduler);
      const hits = server.count(feedPath);
      clock.advance(60_000);
      await scheduler.runDue();
      expect(server.count(feedPath)).toBe(hits);
      clock.advance(15 * 60_000);
      await scheduler.runDue();
      expect(server.count(feedPath)).toBe(hits + 1);
      await scheduler.runDue();
      expect(server.count(feedPath)).toBe(hits + 1);
      expect(gite.accommodationId).toBeDefined();
    });

    it('flags a feed silent for more than three intervals once, and clears the flag when it answers', async () => {
      const { gite, feed, path: feedPath } = await giteWithFeed([JULY_3]);
      const scheduler = t.app.get(IcalFeedScheduler);
      server.set(feedPath, { kind: 'STATUS', status: 503 });
      for (let i = 0; i < 4; i++) {
        clock.advance(16 * 60_000);
        await scheduler.runDue();
      }
      const read = async () => (await ok<{ icalFeeds: Feed[] }>('query($id: ID) { icalFeeds(accommodationId: $id) { id status } }', { id: gite.accommodationId }, gite.owner.token)).icalFeeds[0];
      expect(await read()).toMatchObject({ status: 'SILENT' });
      clock.advance(16 * 60_000);
      await scheduler.runDue();
      const silences = (await store().readStream(`ical-feed-${feed.id}`)).filter((e) => e.type === 'IcalFeedWentSilent');
      expect(silences).toHaveLength(1);
      server.set(feedPath, { kind: 'ICS', body: icsOf([JULY_3]) });
      clock.advance(16 * 60_000);
      await scheduler.runDue();
      // The feeds' list is a read model: it shows the answer once its follower has applied it.
      await until('the feed shown answering again', async () => (await read()).status === 'OK');
      expect(statesOf(await planning(gite, '2027-07-03', '2027-07-10'))).toEqual(['IMPORTED']);
    });
  });

  // Last: it moves the clock past the stays every other test uses.
  it('lists a conflict until its stay has ended, then no more', async () => {
    const gite = await ownerWithGite(t);
    await ok(CREATE_DOSSIER, dossierInput(gite, '2027-09-04', '2027-09-11', 60_000, 'Martin'), gite.owner.token);
    const feedPath = `/feeds/${++path}.ics`;
    server.set(feedPath, { kind: 'ICS', body: icsOf([{ uid: 'sept@airbnb.com', arrival: '2027-09-05', departure: '2027-09-08' }]) });
    await ok(ADD, { input: { accommodationId: gite.accommodationId, url: server.url(feedPath), platform: 'AIRBNB' } }, gite.owner.token);
    const listed = () => ok<{ syncConflicts: { arrival: string }[] }>('{ syncConflicts { arrival } }', {}, gite.owner.token);
    await until('the conflict listed', async () => (await listed()).syncConflicts.length === 1);
    clock.advance(Date.parse('2027-09-08T12:00:00Z') - clock.now().getTime());
    expect((await listed()).syncConflicts).toHaveLength(1);
    clock.advance(2 * 86_400_000);
    expect((await listed()).syncConflicts).toEqual([]);
  });
});
