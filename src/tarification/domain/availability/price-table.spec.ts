import { priceTable } from './price-table';

/** 2027-07-03 is a Saturday, 2027-07-02 a Friday, 2027-07-05 a Monday, 2027-07-07 a Wednesday. */
const rate = (arrival: string, nights: number, saleCents: number) => ({ arrival, nights, saleCents });

describe('the price table a guest reads', () => {
  it('gives each length of stay its lowest and highest price over the period, as a guide page prints it', () =>
    expect(priceTable([rate('2027-07-03', 7, 66_500), rate('2027-07-10', 7, 80_500), rate('2027-07-17', 7, 72_000)], 'FR')).toEqual([
      { kind: 'WEEK', nights: 7, label: 'Semaine', min: { cents: 66_500, currency: 'EUR' }, max: { cents: 80_500, currency: 'EUR' } },
    ]));

  it('names weekends from Friday or Saturday, and a mid-week from Monday, apart from other stays of the same length', () => {
    const rows = priceTable([rate('2027-07-02', 2, 20_000), rate('2027-07-03', 2, 22_000), rate('2027-07-07', 2, 15_000), rate('2027-07-05', 4, 30_000), rate('2027-07-07', 1, 9_000)], 'FR');
    expect(rows.map((r) => [r.label, r.min.cents, r.max.cents])).toEqual([
      ['1 nuit', 9_000, 9_000],
      ['Week-end', 20_000, 22_000],
      ['2 nuits', 15_000, 15_000],
      ['Mid-week', 30_000, 30_000],
    ]);
  });

  it('writes its labels in English when asked', () =>
    expect(priceTable([rate('2027-07-03', 7, 1), rate('2027-07-03', 2, 1), rate('2027-07-07', 3, 1)], 'EN').map((r) => r.label)).toEqual(['Weekend', '3 nights', 'Week']));

  it('is empty when nothing is priced', () => expect(priceTable([], 'FR')).toEqual([]));
});
