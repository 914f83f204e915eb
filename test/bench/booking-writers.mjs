/**
 * The booking bench's writers, in a thread of their own: like real clients, they do not share the
 * app's event loop, so the bench measures the app, not the load generator. Plain JavaScript,
 * since a worker thread is not compiled by jest. Each writer loops until the time is up: 3
 * attempts in 10 ask for nights overlapping a stay already booked (which must be refused), the
 * others for fresh nights right after the last ones claimed on a random gîte (which must be booked).
 */
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

const { url, gites, seconds, seed, writers, clashShare, query } = workerData;

/** mulberry32, as booking-load-helpers.ts: `random(n)` is in 0..n-1. */
let state = seed;
const random = (n) => {
  state = (state + 0x6d2b79f5) | 0;
  let x = Math.imul(state ^ (state >>> 15), 1 | state);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return Math.floor((((x ^ (x >>> 14)) >>> 0) / 4294967296) * n);
};

const day = (offset) => new Date(Date.UTC(2028, 0, 1 + offset)).toISOString().slice(0, 10);

async function book(gite, range, n) {
  const input = {
    accommodationId: gite.id,
    arrival: day(range.from),
    departure: day(range.to),
    occupants: [{ ageRangeId: gite.adults, count: 2 }],
    guest: { lastName: `Charge ${n}`, firstName: 'Banc' },
    price: 20000 + range.to - range.from,
  };
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${gite.token}` },
    body: JSON.stringify({ query, variables: { input } }),
  });
  return response.json();
}

async function main() {
  const outcome = { seconds: 0, attempts: 0, fresh: 0, clashing: 0, booked: 0, refused: 0, unexpected: {}, bookingMs: [], refusalMs: [] };
  const unexpected = (what) => (outcome.unexpected[what] = (outcome.unexpected[what] || 0) + 1);
  const started = performance.now();
  const end = started + seconds * 1000;
  const writer = async () => {
    while (performance.now() < end) {
      const k = outcome.attempts;
      const withBookings = gites.filter((g) => g.booked.length > 0);
      const clash = Math.floor((k + 1) * clashShare) > Math.floor(k * clashShare) && withBookings.length > 0;
      const gite = clash ? withBookings[random(withBookings.length)] : gites[random(gites.length)];
      let range;
      if (clash) {
        const target = gite.booked[random(gite.booked.length)];
        const from = target.from + random(target.to - target.from);
        range = { from, to: from + 1 + random(3) };
      } else {
        const from = gite.cursor + random(2);
        range = { from, to: from + 1 + random(7) };
        gite.cursor = range.to;
      }
      outcome.attempts += 1;
      if (clash) outcome.clashing += 1;
      else outcome.fresh += 1;
      const before = performance.now();
      const answer = await book(gite, range, outcome.attempts);
      const ms = performance.now() - before;
      const code = answer.data && answer.data.createDossier ? 'OK' : String((answer.errors && answer.errors[0] && ((answer.errors[0].extensions && answer.errors[0].extensions.code) || answer.errors[0].message)) || 'no answer');
      if (code === 'OK' && !clash) {
        outcome.booked += 1;
        outcome.bookingMs.push(ms);
        gite.booked.push(range);
      } else if (code === 'UNAVAILABLE' && clash) {
        outcome.refused += 1;
        outcome.refusalMs.push(ms);
      } else {
        unexpected(`${clash ? 'clashing' : 'fresh'} attempt answered ${code}`);
      }
    }
  };
  await Promise.all(Array.from({ length: writers }, writer));
  outcome.seconds = (performance.now() - started) / 1000;
  parentPort.postMessage({ outcome, gites });
}

main().catch((error) => parentPort.postMessage({ error: String(error && error.stack ? error.stack : error) }));
