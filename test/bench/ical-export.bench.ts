import { performance } from 'node:perf_hooks';
import { writeIcalFeed, type ExportedStay } from '../../src/synchronisation/domain/ical-export/write-ical-feed';
import { ownerWithGite } from '../support/booking-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { percentile } from './booking-load-helpers';

/**
 * `npm run bench -- ical-export`: how long a platform's fetch of an accommodation's export takes
 * with 1,000 holds on its planning (1,000 blocks of one to three nights), over HTTP, beside the
 * time to only write the same 1,000 events in the same run; the goal is
 * at most 3×. Then a conditional GET of the same, answered 304. Prints; asserts nothing about time.
 */
const HOLDS = Number(process.env.BENCH_HOLDS ?? 1000);
const FETCHES = Number(process.env.BENCH_FETCHES ?? 50);

const day = (offset: number): string => new Date(Date.UTC(2027, 0, 1 + offset)).toISOString().slice(0, 10);

function timed(runs: number, work: () => unknown): Promise<number[]> {
  return (async () => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await work();
      times.push(performance.now() - started);
    }
    return times;
  })();
}

const figures = (times: number[]): string => `p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms`;

describe('iCalendar export benchmark', () => {
  let t: TestApp;
  afterAll(() => t?.close());

  it(`serves an accommodation with ${HOLDS} holds`, async () => {
    t = await startTestApp();
    const gite = await ownerWithGite(t);
    for (let i = 0; i < HOLDS; i++) {
      const from = day(i * 4);
      const answer = await t.gql('mutation($id: ID!, $from: Date!, $to: Date!) { blockNights(accommodationId: $id, from: $from, to: $to) { id } }', { id: gite.accommodationId, from, to: day(i * 4 + 1 + (i % 3)) }, gite.owner.token);
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    }
    const url = (await t.gql('query($id: ID!) { icalExportUrl(accommodationId: $id) }', { id: gite.accommodationId }, gite.owner.token)).data?.icalExportUrl as string;
    const first = await fetch(url);
    const body = await first.text();
    const etag = first.headers.get('etag') as string;
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(HOLDS);

    const stays: ExportedStay[] = Array.from({ length: HOLDS }, (_, i) => ({
      uid: `${i}@osmb`,
      arrival: day(i * 4),
      departure: day(i * 4 + 1 + (i % 3)),
      sequence: 220_000_000 + i,
      tentative: false,
      summary: 'Indisponible',
      changedAt: new Date('2026-12-01T10:00:00Z'),
    }));
    const served = await timed(FETCHES, async () => (await fetch(url)).text());
    const revalidated = await timed(FETCHES, async () => {
      const answer = await fetch(url, { headers: { 'if-none-match': etag } });
      if (answer.status !== 304) throw new Error(`expected 304, got ${answer.status}`);
      await answer.text();
    });
    // Written last: a client connection left idle past the server's keep-alive is reset on reuse.
    const writeOnly = await timed(FETCHES, () => writeIcalFeed({ name: 'Gîte des Lavandes', stays }));
    const ratio = percentile(served, 0.5) / percentile(writeOnly, 0.5);
    console.log(
      [
        `iCalendar export of ${HOLDS} holds (${(Buffer.byteLength(body) / 1024).toFixed(0)} KB), ${FETCHES} fetches each:`,
        `  write only:                 ${figures(writeOnly)}`,
        `  GET /ical/<token>.ics:       ${figures(served)}  (${ratio.toFixed(2)}× the write, goal ≤ 3×)`,
        `  the same, If-None-Match:     ${figures(revalidated)}  (304)`,
      ].join('\n'),
    );
  });
});
