import { guest } from '../../../../test/support/reservation-fixtures';
import { refusal } from '../../../../test/support/thrown';
import { guestName, parseGuest, type Guest, type GuestInput } from './guest';

const parse = (input: GuestInput): Guest => parseGuest('input.guest', input);
const refusedField = (input: GuestInput) => refusal(() => parse(input)).field;

describe('Guest of a booking file', () => {
  it('needs only a last name, leaving the rest empty', () =>
    expect(parse({ lastName: 'Martin' })).toEqual(guest()));

  it('requires a last name, naming its field', () =>
    expect(refusal(() => parse({ firstName: 'Claire' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.guest.lastName', message: 'input.guest.lastName: is required and must not be empty' }));

  it.each([[''], ['   '], [null]])('refuses a last name %j, naming its field', (lastName) => expect(refusedField({ lastName })).toBe('input.guest.lastName'));

  it('refuses a last name longer than 100 characters', () => expect(refusedField({ lastName: 'M'.repeat(101) })).toBe('input.guest.lastName'));

  it('refuses a line break in a name, which could forge a line of an email', () => expect(refusedField({ lastName: 'Martin\nBcc: x@example.fr' })).toBe('input.guest.lastName'));

  it.each([['claire@'], ['claire.martin'], ['claire martin@example.fr']])('refuses the email %j, naming its field', (email) =>
    expect(refusal(() => parse({ lastName: 'Martin', email }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.guest.email' }));

  it.each(['phone1', 'phone2', 'phone3', 'fax'] as const)('refuses a %s that is not a number, naming its field', (field) =>
    expect(refusedField({ lastName: 'Martin', [field]: 'call after 6pm' })).toBe(`input.guest.${field}`));

  it('accepts phones as people write them', () =>
    expect(parse({ lastName: 'Martin', phone1: '+33 (0)6 12.34.56-78', fax: '04 75 00 00 00' })).toMatchObject({ phone1: '+33 (0)6 12.34.56-78', fax: '04 75 00 00 00' }));

  it('trims every text', () =>
    expect(parse({ lastName: '  Martin ', firstName: ' Claire', city: 'Die  ', phone1: ' 06 12 34 56 78 ', email: '  Claire.Martin@Example.fr ' })).toMatchObject({
      lastName: 'Martin',
      firstName: 'Claire',
      city: 'Die',
      phone1: '06 12 34 56 78',
      email: 'Claire.Martin@Example.fr',
    }));

  it('takes a blank optional field as none', () => expect(parse({ lastName: 'Martin', firstName: '  ', email: ' ', phone2: '' })).toMatchObject({ firstName: null, email: null, phone2: null }));

  it('names the field under the prefix it is given', () => expect(refusal(() => parseGuest('guest', { lastName: 'Martin', email: 'nope' })).field).toBe('guest.email'));
});

describe('Name of a guest as the planning shows it', () => {
  it('puts the first name first', () => expect(guestName(parse({ lastName: 'Martin', firstName: 'Claire' }))).toBe('Claire Martin'));

  it('is the last name alone when there is no first name', () => expect(guestName(parse({ lastName: 'Martin' }))).toBe('Martin'));
});
