import type { Page } from 'playwright-core';
import { DESKTOP, parisToday, PHONE, plusDays, signedInOwner, withBackOffice } from '../support/back-office';
import { percentile } from './booking-load-helpers';

/**
 * `npm run bench -- test/bench/back-office-planning.bench.ts`: "Mon planning" of an owner with 10
 * gîtes, each with a few booking files and a block, in Chromium: from navigating to /app/planning
 * to the frame where the six-week grid shows all 10 accommodations (read in the page, so that the
 * test's polling adds nothing), at a computer's viewport and at a phone's with its CPU slowed
 * fourfold. The median and the worst of several loads; prints its figures, asserts nothing on time.
 */
const ACCOMMODATIONS = 10;
const LOADS = Number(process.env.BENCH_RUNS ?? 9);
const EVERY_DAY = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** What the page's timing reads of its DOM and clock (this project's types know none). */
declare const document: { querySelectorAll(selector: string): { readonly length: number } };
declare const performance: { now(): number; getEntriesByType(type: string): { name: string; startTime: number; responseEnd: number }[] };

const plus = plusDays;

describe('Mon planning in a browser', () => {
  const run = withBackOffice();

  const ok = async <T = unknown>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const answer = await run.app.gql(query, variables, token);
    if (!answer.data || answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data as T;
  };

  /** Ten gîtes with rates, three files and a block each, spread over the six weeks shown. */
  const furnish = async (token: string): Promise<number> => {
    const today = parisToday();
    const adults = (await ok<{ ageRanges: { id: string }[] }>('{ ageRanges { id } }', {}, token)).ageRanges[0].id;
    let files = 0;
    for (let g = 0; g < ACCOMMODATIONS; g++) {
      const id = (await ok<{ createAccommodation: { id: string } }>('mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }', { input: { name: `Gîte n° ${g + 1}`, kind: 'HOLIDAY_RENTAL', city: 'Gordes', maxCapacity: 6, description: { fr: 'Un gîte.' } } }, token)).createAccommodation.id;
      await ok('mutation($input: SetRatesInput!) { setRates(input: $input) { count } }', { input: { accommodationId: id, periods: [{ from: today, to: plus(today, 60) }], nights: [1, 2, 3, 7], arrivalDays: EVERY_DAY, initialPrice: 20_000 + g * 1_000 } }, token);
      for (let f = 0; f < 3; f++) {
        const arrival = plus(today, 1 + f * 10 + (g % 4));
        await ok('mutation($input: CreateDossierInput!) { createDossier(input: $input) { id } }', { input: { accommodationId: id, arrival, departure: plus(arrival, 3 + f), occupants: [{ ageRangeId: adults, count: 2 }], price: 40_000, guest: { lastName: `Voyageur ${g}-${f}`, firstName: 'Camille' } } }, token);
        files++;
      }
      await ok('mutation($id: ID!, $from: Date!, $to: Date!) { blockNights(accommodationId: $id, from: $from, to: $to, reason: "Travaux") { id } }', { id, from: plus(today, 34), to: plus(today, 36) }, token);
    }
    return files;
  };

  /** Milliseconds from the navigation's start to the frame showing every accommodation's line. */
  const load = async (page: Page): Promise<{ drawn: number; answered: number; steps: string }> => {
    await page.goto(`${run.base}/app/planning`, { waitUntil: 'commit' });
    const drawn = await page.waitForFunction(
      (count) => document.querySelectorAll('.planning-nights').length === count && document.querySelectorAll('.planning-night').length === count * 42 && performance.now(),
      ACCOMMODATIONS,
      { polling: 'raf', timeout: 30_000 },
    );
    const { steps, answered } = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource');
      return {
        steps: entries.map((e) => `${e.name.replace(/^.*\//, '')} ${e.startTime.toFixed(0)}–${e.responseEnd.toFixed(0)}`).join(', '),
        answered: Math.max(...entries.filter((e) => e.name.endsWith('/graphql')).map((e) => e.responseEnd)),
      };
    });
    return { drawn: (await drawn.jsonValue()) as number, answered, steps };
  };

  it(`draws six weeks of ${ACCOMMODATIONS} accommodations`, async () => {
    const computer = await signedInOwner(run.browser, run.base, { viewport: DESKTOP });
    const files = await furnish(computer.token);
    const phone = await signedInOwner(run.browser, run.base, { viewport: PHONE });
    // The same owner's session on the phone: its cookies copied from the computer's context.
    await phone.context.clearCookies();
    await phone.context.addCookies(await computer.context.cookies());
    const cdp = await phone.context.newCDPSession(phone.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

    const figures: string[] = [];
    // The request alone, from this process: what the server takes of the total.
    const from = new Date().toISOString().slice(0, 10);
    for (const [label, fields] of [['ownerPlanning over HTTP', 'date state holdId dossierId guestLabel reason conflict nightlyPrice { cents }'], ['  the same without prices', 'date state holdId dossierId guestLabel reason conflict']] as const) {
      const query = `query($from: Date!, $to: Date!) { ownerPlanning(from: $from, to: $to) { accommodationId name days { ${fields} } } }`;
      const samples: number[] = [];
      for (let i = 0; i < LOADS + 1; i++) {
        const before = Date.now();
        await ok(query, { from, to: plus(from, 42) }, computer.token);
        if (i > 0) samples.push(Date.now() - before);
      }
      figures.push(`  ${label.padEnd(24)} n=${samples.length}  median ${percentile(samples, 0.5).toFixed(0)} ms  max ${Math.max(...samples).toFixed(0)} ms`);
    }
    for (const [label, page] of [['computer 1366×900', computer.page], ['phone 360×780, CPU ÷4', phone.page]] as const) {
      await load(page); // the first load fills the browser's cache with the app's script, as a returning owner has it
      const loads: { drawn: number; answered: number; steps: string }[] = [];
      for (let i = 0; i < LOADS; i++) loads.push(await load(page));
      const samples = loads.map((l) => l.drawn);
      const median = loads.slice().sort((a, b) => a.drawn - b.drawn)[Math.floor(loads.length / 2)];
      figures.push(`  ${label.padEnd(24)} n=${samples.length}  median ${percentile(samples, 0.5).toFixed(0)} ms  max ${Math.max(...samples).toFixed(0)} ms`);
      const drawing = loads.map((l) => l.drawn - l.answered);
      figures.push(`    of which drawing the grid once the planning answered: median ${percentile(drawing, 0.5).toFixed(0)} ms  max ${Math.max(...drawing).toFixed(0)} ms`);
      figures.push(`    the median load's requests (ms from navigation): ${median.steps}`);
    }
    console.info(
      [
        `Mon planning: ${ACCOMMODATIONS} accommodations × 42 nights, ${files} files and ${ACCOMMODATIONS} blocks; from navigation to the grid drawn (one ownerPlanning request)`,
        ...figures,
      ].join('\n'),
    );
    await computer.context.close();
    await phone.context.close();
  }, 600_000);
});
