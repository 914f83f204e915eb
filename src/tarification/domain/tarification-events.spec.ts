import { GITE, OWNER, rules } from '../../../test/support/tarification-fixtures';
import { thrownAs } from '../../../test/support/thrown';
import { UnreadableEvent, type EventCodec, type StoredEvent } from '../../shared/kernel/event-codec';
import { euros } from '../../shared/kernel/money';
import { event, type Event } from '../../shared/kernel/message';
import { parsePromoCode, type PromoCodeInput } from './promo-codes/promo-code';
import { promoCodesEvents } from './promo-codes/promo-codes.events';
import { parsePromotion } from './promotions/promotion';
import { promotionsEvents } from './promotions/promotions.events';
import { parseRateSetting, type RateSettingInput } from './rates/rate-grid';
import { ratesEvents } from './rates/rates.events';
import { bookingRulesEvents } from './rules/booking-rules.events';
import { touristTaxEvents } from './rules/tourist-tax.events';
import { parseTariffTable } from './tourist-tax/tourist-tax-tariff';
import { touristTaxTariffsEvents } from './tourist-tax/tourist-tax-tariffs.events';

/** Stored as the store keeps it: JSON, with the version this code writes unless told otherwise. */
const stored = <E extends Event>(codec: EventCodec<E>, e: E, overrides: Partial<StoredEvent> = {}): StoredEvent => ({
  type: e.type,
  schemaVersion: codec.versionOf(e.type),
  data: JSON.parse(JSON.stringify(e.data)),
  ...overrides,
});

/**
 * Every sample reads back as it was written; a type, a version or a shape the codec does not
 * know is refused with UnreadableEvent naming the type, never read as something else.
 */
function provesContract<E extends Event>(codec: EventCodec<E>, samples: Record<string, NoInfer<E>>): void {
  describe(`The ${codec.category} event contract`, () => {
    const first = Object.values(samples)[0];
    const refusal = (overrides: Partial<StoredEvent>) => thrownAs(UnreadableEvent, () => codec.decode(stored(codec, first, overrides)));

    it.each(Object.entries(samples))('reads back %s as it was written', (_, e) => expect(codec.decode(stored(codec, e))).toEqual(e));

    it('refuses a type it does not know', () => expect(refusal({ type: 'PriceGuessed' })).toMatchObject({ type: 'PriceGuessed', message: expect.stringContaining('PriceGuessed') }));

    it('refuses a version written by newer code', () =>
      expect(refusal({ schemaVersion: codec.versionOf(first.type) + 1 })).toMatchObject({ type: first.type, message: expect.stringContaining(first.type) }));

    it('refuses a payload missing a required key', () => {
      const required = 'ownerId' in first.data ? 'ownerId' : Object.keys(first.data)[0];
      const without = Object.fromEntries(Object.entries(first.data).filter(([key]) => key !== required));
      expect(refusal({ data: without })).toMatchObject({ type: first.type, reason: expect.stringContaining(required) });
    });
  });
}

const setting = (overrides: Partial<RateSettingInput> = {}) =>
  parseRateSetting('input', { periods: [{ from: '2026-07-01', to: '2026-07-31' }], nights: [7], arrivalDays: ['SATURDAY'], initialPrice: 45_000, ...overrides });

provesContract(ratesEvents, {
  'a setting at one price': event('RatesSet', { accommodationId: GITE, ownerId: OWNER, setting: setting() }),
  'a setting with a share off and prices by age': event('RatesSet', {
    accommodationId: GITE,
    ownerId: OWNER,
    setting: setting({ discount: { percent: 10 }, occupancy: { includedOccupants: 2, extraPerNight: 2_000, byAgeRange: [{ ageRangeId: 'age-children', perNight: 1_000 }] } }),
  }),
  'a setting with an amount off': event('RatesSet', { accommodationId: GITE, ownerId: OWNER, setting: setting({ discount: { cents: 5_000 } }) }),
  'a deletion': event('RatesDeleted', { accommodationId: GITE, ownerId: OWNER, stayRateIds: ['2026-07-11/P7D', '2026-07-25/P7D'] }),
});

provesContract(bookingRulesEvents, {
  'rules with an hour': event('BookingRulesSet', { accommodationId: GITE, ownerId: OWNER, value: rules({ minimumStay: 7, closedToArrival: ['SUNDAY', 'MONDAY'], leadTime: { kind: 'NEXT_DAY_UNTIL', hour: 12 } }) }),
  'rules with days ahead': event('BookingRulesSet', { accommodationId: GITE, ownerId: OWNER, value: rules({ leadTime: { kind: 'DAYS_AHEAD', days: 3 }, timeZone: 'Indian/Reunion' }) }),
  'the default rules': event('BookingRulesSet', { accommodationId: GITE, ownerId: OWNER, value: rules() }),
});

provesContract(touristTaxEvents, {
  'a tax': event('TouristTaxSet', { accommodationId: GITE, ownerId: OWNER, value: { kind: 'FLAT', perPersonPerNight: euros(150) } }),
  'a tax from tariff tables': event('TouristTaxSet', { accommodationId: GITE, ownerId: OWNER, value: { kind: 'TARIFF', publisher: { kind: 'OWNER', id: OWNER }, authority: 'COMMUNE:84050' } }),
  'no tax': event('TouristTaxSet', { accommodationId: GITE, ownerId: OWNER, value: null }),
});

describe('A TouristTaxSet of version 1', () => {
  const v1 = (value: unknown): StoredEvent => ({ type: 'TouristTaxSet', schemaVersion: 1, data: { accommodationId: GITE, ownerId: OWNER, value } });

  it('reads as a flat amount per person and per night', () =>
    expect(touristTaxEvents.decode(v1({ perPersonPerNight: { cents: 88, currency: 'EUR' } })).data.value).toEqual({ kind: 'FLAT', perPersonPerNight: euros(88) }));

  it('reads "no tax" as it was', () => expect(touristTaxEvents.decode(v1(null)).data.value).toBeNull());
});

const tariff = parseTariffTable('input', {
  authority: { kind: 'COMMUNE', inseeCode: '84050' },
  year: 2025,
  perPersonNight: { PALACE: 400, FIVE_STARS: 300, FOUR_STARS: 200, THREE_STARS: 150, TWO_STARS: 80, ONE_STAR: 60, GUEST_ROOM: 60 },
  unclassifiedRate: 5,
  additionalTaxes: [{ kind: 'DEPARTMENTAL', percent: 10 }],
  collectionPeriod: { from: '2025-04-01', to: '2025-10-31' },
  localExemptions: { notes: ['Personnes logées gratuitement'], rentThreshold: { cents: 1_000, per: 'PERSON_NIGHT' } },
});

provesContract(touristTaxTariffsEvents, {
  "a commune's table": event('TouristTaxTariffSet', { publisher: { kind: 'OWNER', id: OWNER }, tariff }),
  "an intercommunality's table, set by a destination": event('TouristTaxTariffSet', {
    publisher: { kind: 'DESTINATION', id: 'destination-1' },
    tariff: { ...tariff, authority: { kind: 'INTERCOMMUNALITY', siren: '200054781', communes: ['84050', '84031'] }, localExemptions: { notes: [], rentThreshold: null } },
  }),
  'a removal': event('TouristTaxTariffRemoved', { publisher: { kind: 'OWNER', id: OWNER }, authority: { kind: 'COMMUNE' as const, inseeCode: '84050' }, year: 2025 }),
});

const promotion = parsePromotion('input', { kind: 'LAST_MINUTE', percent: 10, days: 7, accommodationIds: [GITE] });

provesContract(promotionsEvents, {
  'a creation': event('PromotionCreated', { promotionId: 'promo-1', ownerId: OWNER, details: promotion }),
  'an update with validity dates': event('PromotionUpdated', {
    promotionId: 'promo-1',
    ownerId: OWNER,
    details: parsePromotion('input', { kind: 'EARLY_BOOKING', percent: 12.5, days: 90, accommodationIds: [GITE, 'acc-studio'], validFrom: '2026-01-01', validTo: '2026-03-31' }),
  }),
  'a removal': event('PromotionRemoved', { promotionId: 'promo-1', ownerId: OWNER }),
});

const code = (overrides: Partial<PromoCodeInput> = {}) =>
  parsePromoCode('input', { code: 'ETE2026', internalLabel: 'Summer mailing', label: { fr: 'Code été' }, usage: 'SINGLE', percent: 15, accommodationIds: [GITE], ...overrides });

provesContract(promoCodesEvents, {
  'a creation': event('PromoCodeCreated', { promoCodeId: 'code-1', ownerId: OWNER, details: code() }),
  'an update to an amount off chosen stays': event('PromoCodeUpdated', {
    promoCodeId: 'code-1',
    ownerId: OWNER,
    details: code({
      percent: null,
      cents: 3_000,
      usage: 'MULTIPLE',
      label: { fr: 'Code été', en: 'Summer code' },
      allowedStays: [{ arrival: '2026-07-04', nights: 7 }],
      combinesWithPromotions: true,
      validTo: '2026-06-30',
    }),
  }),
  'a removal': event('PromoCodeRemoved', { promoCodeId: 'code-1', ownerId: OWNER }),
  'a use': event('PromoCodeConsumed', { promoCodeId: 'code-1', ownerId: OWNER, dossierId: 'dossier-1' }),
  'a release': event('PromoCodeReleased', { promoCodeId: 'code-1', ownerId: OWNER, dossierId: 'dossier-1' }),
});
