import { givenDecider } from '../../../../test/support/decider-spec';
import { GITE, INTRUDER, OWNER } from '../../../../test/support/tarification-fixtures';
import { AccommodationNotFound, NotYourAccommodation } from '../../../shared/kernel/accommodation-access';
import { fold } from '../../../shared/kernel/decider';
import { command, event } from '../../../shared/kernel/message';
import { expandRateSetting, parseRateSetting, stayRateId, type RateSetting, type RateSettingInput } from './rate-grid';
import { ratesDecider, ratesStream, stayRateIn, type RatesCommand, type RatesEvent } from './rates.decider';

const given = givenDecider(ratesDecider);

const julySaturdays = (overrides: Partial<RateSettingInput> = {}): RateSetting =>
  parseRateSetting('input', { periods: [{ from: '2026-07-01', to: '2026-07-31' }], nights: [7], arrivalDays: ['SATURDAY'], initialPrice: 45_000, ...overrides });

const setRates = (setting: RateSetting, ownerId = OWNER, accommodationOwnerId: string | null = OWNER): RatesCommand =>
  command('SetRates', { accommodationId: GITE, ownerId, accommodationOwnerId, setting });
const deleteRates = (stayRateIds: string[], ownerId = OWNER, accommodationOwnerId: string | null = OWNER): RatesCommand =>
  command('DeleteRates', { accommodationId: GITE, ownerId, accommodationOwnerId, stayRateIds });

const ratesSet = (setting: RateSetting): RatesEvent => event('RatesSet', { accommodationId: GITE, ownerId: OWNER, setting });
const ratesDeleted = (stayRateIds: string[]): RatesEvent => event('RatesDeleted', { accommodationId: GITE, ownerId: OWNER, stayRateIds });

/** Every stay rate the history holds, asked stay by stay of the folded grid. */
const grid = (history: RatesEvent[]) => {
  const state = fold(ratesDecider, history);
  const stays = [...new Set(history.flatMap((e) => (e.type === 'RatesSet' ? expandRateSetting(e.data.setting).map((r) => stayRateId(r.arrival, r.nights)) : [])))].sort();
  return new Map(stays.flatMap((id) => {
    const rate = stayRateIn(state, id);
    return rate ? [[id, rate] as const] : [];
  }));
};
const salePrices = (history: RatesEvent[]) => Object.fromEntries([...grid(history)].map(([id, rate]) => [id, rate.salePrice.cents]));

describe('Rate grid of an accommodation', () => {
  describe('setting rates', () => {
    it('records the setting as the owner applied it, not the stay rates it makes', () => given([]).when(setRates(julySaturdays())).then([ratesSet(julySaturdays())]));

    it('holds a stay rate for each stay the setting makes', () =>
      expect([...grid([ratesSet(julySaturdays())]).keys()]).toEqual(['2026-07-04/P7D', '2026-07-11/P7D', '2026-07-18/P7D', '2026-07-25/P7D']));

    it('lets a later setting replace an earlier one for the same arrival and nights, and only those', () =>
      expect(salePrices([ratesSet(julySaturdays()), ratesSet(julySaturdays({ periods: [{ from: '2026-07-11', to: '2026-07-11' }], initialPrice: 50_000 }))])).toEqual({
        '2026-07-04/P7D': 45_000,
        '2026-07-11/P7D': 50_000,
        '2026-07-18/P7D': 45_000,
        '2026-07-25/P7D': 45_000,
      }));

    it('keeps a rate for another number of nights on the same arrival beside it', () =>
      expect(salePrices([ratesSet(julySaturdays()), ratesSet(julySaturdays({ periods: [{ from: '2026-07-04', to: '2026-07-04' }], nights: [14], initialPrice: 80_000 }))])).toMatchObject({
        '2026-07-04/P7D': 45_000,
        '2026-07-04/P14D': 80_000,
      }));

    it('records the same setting again, since it may replace rates set in between', () =>
      given([ratesSet(julySaturdays())]).when(setRates(julySaturdays())).then([ratesSet(julySaturdays())]));

    it('refuses an accommodation that does not exist', () =>
      given([])
        .when(setRates(julySaturdays(), OWNER, null))
        .thenThrows(AccommodationNotFound, { code: 'NOT_FOUND', field: 'accommodationId', message: `accommodationId: Accommodation ${GITE} was not found` }));

    it('refuses the accommodation of another owner', () =>
      given([])
        .when(setRates(julySaturdays(), INTRUDER, OWNER))
        .thenThrows(NotYourAccommodation, { code: 'NOT_FOUND', field: 'accommodationId', message: `accommodationId: Accommodation ${GITE} was not found` }));
  });

  describe('deleting rates', () => {
    it('records the deletion of the chosen stay rates', () =>
      given([ratesSet(julySaturdays())]).when(deleteRates(['2026-07-11/P7D', '2026-07-25/P7D'])).then([ratesDeleted(['2026-07-11/P7D', '2026-07-25/P7D'])]));

    it('records only the ids of stay rates that exist', () =>
      given([ratesSet(julySaturdays())]).when(deleteRates(['2026-07-05/P7D', '2026-07-11/P7D', '2026-07-11/P2D'])).then([ratesDeleted(['2026-07-11/P7D'])]));

    it('records an id chosen twice once', () => given([ratesSet(julySaturdays())]).when(deleteRates(['2026-07-11/P7D', '2026-07-11/P7D'])).then([ratesDeleted(['2026-07-11/P7D'])]));

    it('records nothing when none of the chosen stay rates exists', () => given([ratesSet(julySaturdays())]).when(deleteRates(['2026-08-01/P7D'])).thenNothing());

    it('records nothing when deleting again', () => given([ratesSet(julySaturdays()), ratesDeleted(['2026-07-11/P7D'])]).when(deleteRates(['2026-07-11/P7D'])).thenNothing());

    it('no longer holds the deleted stay rates, and keeps the others', () =>
      expect([...grid([ratesSet(julySaturdays()), ratesDeleted(['2026-07-04/P7D', '2026-07-18/P7D'])]).keys()]).toEqual(['2026-07-11/P7D', '2026-07-25/P7D']));

    it('holds a deleted stay rate again when a later setting makes it', () =>
      expect(grid([ratesSet(julySaturdays()), ratesDeleted(['2026-07-04/P7D']), ratesSet(julySaturdays({ periods: [{ from: '2026-07-04', to: '2026-07-04' }] }))]).has('2026-07-04/P7D')).toBe(
        true,
      ));

    it('refuses an accommodation that does not exist', () =>
      given([]).when(deleteRates(['2026-07-11/P7D'], OWNER, null)).thenThrows(AccommodationNotFound, { code: 'NOT_FOUND', field: 'accommodationId' }));

    it('refuses the accommodation of another owner, even for ids it does not hold', () =>
      given([ratesSet(julySaturdays())]).when(deleteRates(['2026-08-01/P7D'], INTRUDER, OWNER)).thenThrows(NotYourAccommodation, { code: 'NOT_FOUND', field: 'accommodationId' }));
  });

  it('keeps one stream per accommodation', () => expect(ratesStream(GITE)).toBe('rates-acc-gite'));
});
