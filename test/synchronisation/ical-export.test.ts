import ICAL from 'ical.js';
import { CREATE_DOSSIER, dossierInput, ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { until } from '../support/until';

interface FeedEvent {
  uid: string;
  start: string;
  end: string;
  status: string;
  summary: string;
  sequence: number;
}

/** The feed as another platform reads it: ical.js, all-day events only. */
function eventsOf(body: string): FeedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(body) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const e = new ICAL.Event(vevent);
    expect(e.startDate.isDate && e.endDate.isDate).toBe(true);
    return { uid: e.uid, start: e.startDate.toString(), end: e.endDate.toString(), status: String(vevent.getFirstPropertyValue('status')), summary: e.summary, sequence: e.sequence };
  });
}

describe("an accommodation's iCalendar export", () => {
  let t: TestApp;
  let gite: OwnerWithGite;
  let url: string;
  let dossierId: string;

  const owner = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) => t.gql<T>(query, variables, gite.owner.token); // eslint-disable-line @typescript-eslint/no-explicit-any
  const base = () => t.url.replace(/\/graphql$/, '');
  const exportUrl = async () => (await owner<{ icalExportUrl: string }>('query($id: ID!) { icalExportUrl(accommodationId: $id) }', { id: gite.accommodationId })).data?.icalExportUrl as string;

  beforeAll(async () => {
    t = await startTestApp();
    gite = await ownerWithGite(t, 'Le Moulin, Foix; bord de rivière');
    const created = await owner(CREATE_DOSSIER, dossierInput(gite, '2027-07-03', '2027-07-10', 50_000, 'Martin'));
    dossierId = created.data?.createDossier.id as string;
    const block = await owner('mutation($id: ID!) { blockNights(accommodationId: $id, from: "2027-08-01", to: "2027-08-05", reason: "Travaux pour Mme Durand") { id } }', { id: gite.accommodationId });
    expect(block.errors).toBeUndefined();
    url = await exportUrl();
  });
  afterAll(() => t.close());

  it('is a secret URL of the app, the same at every ask until regenerated', async () => {
    expect(url).toMatch(new RegExp(`^${base()}/ical/ic_[0-9a-f]{32}[A-Za-z0-9_-]{43}\\.ics$`));
    expect(await exportUrl()).toBe(url);
  });

  it('shows the file and the block as all-day events, the departure exclusive, and nothing of who', async () => {
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('no-cache');
    const body = await response.text();
    expect(eventsOf(body)).toEqual([
      { uid: expect.stringMatching(/@osmb$/), start: '2027-07-03', end: '2027-07-10', status: 'TENTATIVE', summary: 'Réservé', sequence: expect.any(Number) },
      { uid: expect.stringMatching(/@osmb$/), start: '2027-08-01', end: '2027-08-05', status: 'CONFIRMED', summary: 'Indisponible', sequence: expect.any(Number) },
    ]);
    expect(body).not.toMatch(/Martin|Durand|Travaux/);
    expect(body).toContain('METHOD:PUBLISH');
  });

  it('answers 304 to a platform that has the current copy, and 200 once the planning changed, a move keeping its UID with a higher SEQUENCE', async () => {
    const first = await fetch(url);
    const etag = first.headers.get('etag') as string;
    const lastModified = first.headers.get('last-modified') as string;
    const [before] = eventsOf(await first.text());
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);

    const unchanged = await fetch(url, { headers: { 'if-none-match': etag } });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');
    expect((await fetch(url, { headers: { 'if-modified-since': lastModified } })).status).toBe(304);

    // Last-Modified counts in seconds: a change within the same second would read as none.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const moved = await owner('mutation($id: ID!) { changeDossierStay(id: $id, arrival: "2027-07-04", departure: "2027-07-11") { id } }', { id: dossierId });
    expect(moved.errors).toBeUndefined();
    const changed = await until('the feed to show the move', async () => {
      const answer = await fetch(url, { headers: { 'if-none-match': etag } });
      return answer.status === 200 ? answer : null;
    });
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(new Date(changed.headers.get('last-modified') as string).getTime()).toBeGreaterThan(new Date(lastModified).getTime());
    const [after] = eventsOf(await changed.text());
    expect(after).toMatchObject({ uid: before.uid, start: '2027-07-04', end: '2027-07-11' });
    expect(after.sequence).toBeGreaterThan(before.sequence);
  });

  it('tells a platform asking only If-Modified-Since that nights came free, though a freed hold leaves nothing to date', async () => {
    const first = await fetch(url);
    const lastModified = first.headers.get('last-modified') as string;
    await first.text();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const freed = await owner('mutation($id: ID!) { unblockNights(accommodationId: $id, from: "2027-08-01", to: "2027-08-05") }', { id: gite.accommodationId });
    expect(freed.errors).toBeUndefined();
    const body = await until('the feed to drop the block', async () => {
      const answer = await fetch(url, { headers: { 'if-modified-since': lastModified } });
      return answer.status === 200 ? answer.text() : null;
    });
    expect(eventsOf(body).map((e) => e.summary)).toEqual(['Réservé']);
  });

  it('leaves unpaid options out when the owner says so', async () => {
    const set = await owner('mutation($id: ID!) { setIcalExportSettings(accommodationId: $id, input: { exportOptions: false, exportImported: false }) { exportOptions exportImported } }', {
      id: gite.accommodationId,
    });
    expect(set.data?.setIcalExportSettings).toEqual({ exportOptions: false, exportImported: false });
    expect(eventsOf(await (await fetch(url)).text())).toEqual([]);
    const read = await owner('query($id: ID!) { icalExportSettings(accommodationId: $id) { exportOptions exportImported } }', { id: gite.accommodationId });
    expect(read.data?.icalExportSettings).toEqual({ exportOptions: false, exportImported: false });
    await owner('mutation($id: ID!) { setIcalExportSettings(accommodationId: $id, input: { exportOptions: true, exportImported: false }) { exportOptions } }', { id: gite.accommodationId });
  });

  it('stops answering the old URL the moment a new one is made, and answers every unknown token the same', async () => {
    const regenerated = await owner<{ regenerateIcalExportUrl: string }>('mutation($id: ID!) { regenerateIcalExportUrl(accommodationId: $id) }', { id: gite.accommodationId });
    const fresh = regenerated.data?.regenerateIcalExportUrl as string;
    expect(fresh).not.toBe(url);
    expect(await exportUrl()).toBe(fresh);
    expect((await fetch(fresh)).status).toBe(200);

    const killed = await fetch(url);
    const madeUp = await fetch(`${base()}/ical/ic_${'0'.repeat(32)}${'A'.repeat(43)}.ics`);
    const notOurs = await fetch(`${base()}/ical/whatever.ics`);
    expect([killed.status, madeUp.status, notOurs.status]).toEqual([404, 404, 404]);
    const texts = await Promise.all([killed.text(), madeUp.text(), notOurs.text()]);
    expect(new Set(texts).size).toBe(1);
    url = fresh;
  });

  it('gives two tabs asking for the first URL at once the same one', async () => {
    const other = await ownerWithGite(t, 'Gîte des Tilleuls');
    const ask = () => t.gql<{ icalExportUrl: string }>('query($id: ID!) { icalExportUrl(accommodationId: $id) }', { id: other.accommodationId }, other.owner.token);
    const answers = await Promise.all([ask(), ask(), ask(), ask()]);
    expect(new Set(answers.map((a) => a.data?.icalExportUrl)).size).toBe(1);
    expect((await fetch(answers[0].data?.icalExportUrl as string)).status).toBe(200);
  });
});
