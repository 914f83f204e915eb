import { classificationAsOf, classificationExpiry, classificationOf, classificationStatus, classifiedStarsOn } from './classification';

describe('a classement lasts five years', () => {
  it('holds through the day before the fifth anniversary of its decision', () => expect(classificationExpiry('2021-03-15')).toBe('2026-03-14'));

  it('crosses the end of a month and of a year', () => {
    expect(classificationExpiry('2021-03-01')).toBe('2026-02-28');
    expect(classificationExpiry('2020-01-01')).toBe('2024-12-31');
  });

  it('ends a decision of 29 February on the eve of 28 February, the anniversary in a common year', () => expect(classificationExpiry('2024-02-29')).toBe('2029-02-27'));

  it('has no dates when unclassified, whatever date was given', () => expect(classificationOf(0, '2022-05-10')).toEqual({ stars: 0, decidedOn: null, expiresOn: null }));

  it('has no end when its decision’s date is not given', () => expect(classificationOf(3, null)).toEqual({ stars: 3, decidedOn: null, expiresOn: null }));
});

describe('how a classement stands on a day', () => {
  const threeStars = classificationOf(3, '2021-03-15');

  it.each([
    ['2025-12-14', 'VALID'],
    ['2025-12-15', 'EXPIRING_SOON'],
    ['2026-03-14', 'EXPIRING_SOON'],
    ['2026-03-15', 'EXPIRED'],
  ] as const)('on %s it is %s', (day, status) => expect(classificationStatus(threeStars, day)).toBe(status));

  it('warns from the 90th day before its last day', () => expect(classificationAsOf(3, '2021-03-15', '2025-12-15')).toEqual({ ...threeStars, status: 'EXPIRING_SOON' }));

  it('is NONE when unclassified and UNDATED when its decision’s date is not given', () => {
    expect(classificationStatus(classificationOf(0, null), '2026-01-01')).toBe('NONE');
    expect(classificationStatus(classificationOf(4, null), '2026-01-01')).toBe('UNDATED');
  });

  it('keeps its stars through its last day, none after: the accommodation is unclassified again', () => {
    expect(classifiedStarsOn(threeStars, '2026-03-14')).toBe(3);
    expect(classifiedStarsOn(threeStars, '2026-03-15')).toBe(0);
  });

  it('keeps the stars of a classement whose date is not given', () => expect(classifiedStarsOn(classificationOf(4, null), '2040-01-01')).toBe(4));
});
