import { givenDecider } from '../../../../test/support/decider-spec';
import { GITE, INTRUDER, OWNER, thrown } from '../../../../test/support/tarification-fixtures';
import { AccommodationNotFound, NotYourAccommodation } from '../../../shared/kernel/accommodation-access';
import { command, event } from '../../../shared/kernel/message';
import { isExemptAgeRange, MAX_TOURIST_TAX_CENTS, parseTouristTax, type TouristTax } from './tourist-tax';
import { touristTaxDecider, touristTaxStream, type SetTouristTax, type TouristTaxEvent } from './tourist-tax.decider';

const given = givenDecider(touristTaxDecider);

const tax = (cents: number): TouristTax => ({ kind: 'FLAT', perPersonPerNight: { cents, currency: 'EUR' } });

const setTax = (value: TouristTax | null, ownerId = OWNER, accommodationOwnerId: string | null = OWNER): SetTouristTax =>
  command('SetTouristTax', { accommodationId: GITE, ownerId, accommodationOwnerId, value });
const taxSet = (value: TouristTax | null): TouristTaxEvent => event('TouristTaxSet', { accommodationId: GITE, ownerId: OWNER, value });

describe('Tourist tax', () => {
  describe('rate', () => {
    it('keeps an amount per person per night', () => expect(parseTouristTax('input.cents', 150)).toEqual(tax(150)));

    it('means no tax when none is given', () => expect(parseTouristTax('input.cents', null)).toBeNull());

    it('means no tax when set to 0 cents', () => expect(parseTouristTax('input.cents', 0)).toBeNull());

    it('accepts the highest rate it allows', () => expect(parseTouristTax('input.cents', MAX_TOURIST_TAX_CENTS)).toEqual(tax(2_000)));

    it.each([
      ['a rate above 20 € per person per night', MAX_TOURIST_TAX_CENTS + 1],
      ['a negative rate', -10],
      ['fractions of a cent', 1.5],
    ])('refuses %s, naming the field', (_, cents) => expect(thrown(() => parseTouristTax('input.cents', cents))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.cents' }));
  });

  describe('exemption of minors', () => {
    it('exempts an age range whose oldest age is 17', () => expect(isExemptAgeRange({ maxAge: 17 })).toBe(true));

    it('taxes an age range that reaches 18, since it holds adults', () => expect(isExemptAgeRange({ maxAge: 18 })).toBe(false));

    it('taxes adults', () => expect(isExemptAgeRange({ maxAge: 120 })).toBe(false));
  });

  describe('setting it on an accommodation', () => {
    it('records the rate the owner sets', () => given([]).when(setTax(tax(150))).then([taxSet(tax(150))]));

    it('records a changed rate', () => given([taxSet(tax(150))]).when(setTax(tax(200))).then([taxSet(tax(200))]));

    it('records that no tax is collected any more', () => given([taxSet(tax(150))]).when(setTax(null)).then([taxSet(null)]));

    it('records nothing when the same rate is set again', () => given([taxSet(tax(150))]).when(setTax(tax(150))).thenNothing());

    it('records nothing when "no tax" is set on an accommodation that never had one', () => given([]).when(setTax(null)).thenNothing());

    it('records nothing when "no tax" is set again', () => given([taxSet(tax(150)), taxSet(null)]).when(setTax(null)).thenNothing());

    it('refuses an accommodation that does not exist', () => given([]).when(setTax(tax(150), OWNER, null)).thenThrows(AccommodationNotFound, { code: 'NOT_FOUND', field: 'accommodationId' }));

    it('refuses the accommodation of another owner', () =>
      given([]).when(setTax(tax(150), INTRUDER, OWNER)).thenThrows(NotYourAccommodation, { code: 'NOT_FOUND', field: 'accommodationId' }));

    it('keeps one stream per accommodation', () => expect(touristTaxStream(GITE)).toBe('tourist-tax-acc-gite'));
  });
});
