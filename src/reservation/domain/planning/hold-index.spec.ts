import type { Hold } from './hold';
import { HoldIndex } from './hold-index';

const hold = (holdId: string, arrival: string, departure: string): Hold => ({ holdId, kind: 'DOSSIER', arrival, departure, dossierId: null, reason: null });

describe('HoldIndex', () => {
  const A = hold('a', '2027-07-03', '2027-07-10');
  const B = hold('b', '2027-07-17', '2027-07-24');
  const C = hold('c', '2027-08-01', '2027-08-02');

  it('finds the hold reaching into a range, whichever end it overlaps', () => {
    const index = new HoldIndex([C, A, B]);
    expect(index.clashWith({ arrival: '2027-07-01', departure: '2027-07-04' })).toBe(A);
    expect(index.clashWith({ arrival: '2027-07-09', departure: '2027-07-18' })?.holdId).toMatch(/^[ab]$/);
    expect(index.clashWith({ arrival: '2027-07-20', departure: '2027-07-21' })).toBe(B);
    expect(index.clashWith({ arrival: '2027-06-01', departure: '2027-09-01' })).toBeDefined();
  });

  it('finds nothing between holds: a departure day is free for the next arrival', () => {
    const index = new HoldIndex([A, B, C]);
    expect(index.clashWith({ arrival: '2027-07-10', departure: '2027-07-17' })).toBeUndefined();
    expect(index.clashWith({ arrival: '2027-07-24', departure: '2027-08-01' })).toBeUndefined();
    expect(index.clashWith({ arrival: '2027-06-01', departure: '2027-07-03' })).toBeUndefined();
    expect(index.clashWith({ arrival: '2027-08-02', departure: '2027-09-01' })).toBeUndefined();
    expect(new HoldIndex([]).clashWith({ arrival: '2027-07-01', departure: '2027-07-02' })).toBeUndefined();
  });

  it('follows holds added and removed, among holds arriving the same day', () => {
    const index = new HoldIndex([A, C]);
    index.add(B);
    expect(index.clashWith({ arrival: '2027-07-18', departure: '2027-07-19' })).toBe(B);
    index.remove(B);
    expect(index.clashWith({ arrival: '2027-07-18', departure: '2027-07-19' })).toBeUndefined();
    // Removing a hold that is not there, or another hold of the same day, leaves the rest.
    index.remove(hold('x', '2027-07-03', '2027-07-10'));
    expect(index.clashWith({ arrival: '2027-07-05', departure: '2027-07-06' })).toBe(A);
    index.remove(A);
    expect(index.clashWith({ arrival: '2027-07-05', departure: '2027-07-06' })).toBeUndefined();
  });

  it('answers as a scan of every hold does, over many random holds', () => {
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) % n;
    const day = (n: number) => new Date(Date.UTC(2027, 0, 1 + n)).toISOString().slice(0, 10);
    const holds: Hold[] = [];
    for (let start = 0; start < 2_000; start += 1 + next(6)) {
      const nights = 1 + next(5);
      holds.push(hold(`h${start}`, day(start), day(start + nights)));
      start += nights;
    }
    const index = new HoldIndex(holds);
    for (let i = 0; i < 2_000; i++) {
      const from = next(2_100);
      const range = { arrival: day(from), departure: day(from + 1 + next(10)) };
      const scanned = holds.some((h) => h.arrival < range.departure && range.arrival < h.departure);
      expect(index.clashWith(range) !== undefined).toBe(scanned);
    }
  });
});
