import { MalformedRegistrationNumber, ClassificationDecidedInFuture, NO_REGISTRATION, parseAccommodationRegistration, registrationNumber } from './registration';

const TODAY = '2026-06-01';

describe('a registration number', () => {
  it.each([
    ['75056123456AB', '75056123456AB'],
    ['75056 123456 AB', '75056123456AB'],
    ['75056-123456-ab', '75056123456AB'],
    [' 2a004 000123 x9 ', '2A004000123X9'],
    ['97411\u00a0ABC123\u00a007', '97411ABC12307'],
  ])('reads %j as %s: spaces, hyphens and case as communes and owners write it', (typed, number) => expect(registrationNumber('input.registrationNumber', typed)).toBe(number));

  it.each([
    ['75056123456A', 'one character short'],
    ['75056123456ABC', 'one character too many'],
    ['20004123456AB', 'Corsica has had no 20 since 1976'],
    ['97501123456AB', 'Saint-Pierre-et-Miquelon is no department'],
    ['00123123456AB', 'no department 00'],
    ['75056_123456AB', 'an underscore is no separator'],
    ['75056 12345É AB', 'a letter with an accent'],
    ['75O56123456AB', 'a letter O among the digits of the INSEE code'],
  ])('refuses %j (%s) with a named error, naming the field', (typed) => {
    const parse = () => registrationNumber('input.registrationNumber', typed);
    expect(parse).toThrow(MalformedRegistrationNumber);
    expect(parse).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.registrationNumber', reason: 'MALFORMED_REGISTRATION_NUMBER' }));
  });
});

describe('a registration as the owner gives it', () => {
  it('keeps the number, the commune’s rule and the classement’s date', () =>
    expect(parseAccommodationRegistration('input', { registrationNumber: '84007 123456 ab', registrationRequired: true, classificationDecidedOn: '2022-05-10' }, TODAY)).toEqual({
      registrationNumber: '84007123456AB',
      communeRequiresRegistration: true,
      classificationDecidedOn: '2022-05-10',
    }));

  it('clears what is left out, a blank number too', () => {
    expect(parseAccommodationRegistration('input', {}, TODAY)).toEqual(NO_REGISTRATION);
    expect(parseAccommodationRegistration('input', { registrationNumber: '  ', registrationRequired: null, classificationDecidedOn: null }, TODAY)).toEqual(NO_REGISTRATION);
  });

  it('takes a classement decided today', () => expect(parseAccommodationRegistration('input', { classificationDecidedOn: TODAY }, TODAY).classificationDecidedOn).toBe(TODAY));

  it('refuses a classement decided after today', () => {
    const parse = () => parseAccommodationRegistration('input', { classificationDecidedOn: '2026-06-02' }, TODAY);
    expect(parse).toThrow(ClassificationDecidedInFuture);
    expect(parse).toThrow(expect.objectContaining({ field: 'input.classificationDecidedOn', reason: 'CLASSIFICATION_DECIDED_IN_FUTURE' }));
  });

  it('refuses a date that is no day', () =>
    expect(() => parseAccommodationRegistration('input', { classificationDecidedOn: '2022-02-30' }, TODAY)).toThrow(expect.objectContaining({ field: 'input.classificationDecidedOn', code: 'BAD_USER_INPUT' })));

  it('names the number under the prefix', () =>
    expect(() => parseAccommodationRegistration('input', { registrationNumber: 'ABC' }, TODAY)).toThrow(expect.objectContaining({ field: 'input.registrationNumber' })));
});
