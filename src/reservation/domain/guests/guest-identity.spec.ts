import { guest } from '../../../../test/support/reservation-fixtures';
import { answersSearch, backOfficeName, foldText, guestIdOf, guestKey, guestSearch, guestSearchText, phoneDigits, type GuestSearch } from './guest-identity';

const OWNER = '3fef0ab7-3717-4e35-bb97-1df92968300e';

describe('a guest across the files of an owner', () => {
  it('is the same guest for the same email, whatever its case or the name given', () =>
    expect(guestKey(guest({ lastName: 'Dupont', email: 'Marie.Dupont@Example.org' }))).toBe(guestKey(guest({ lastName: 'DUPONT-MARTIN', email: 'marie.dupont@example.org' }))));

  it('without an email, is the same guest for the same name and first phone, however they are written', () =>
    expect(guestKey(guest({ lastName: 'Lefèvre', firstName: 'Élise', phone1: '+33 6 12 34 56 78' }))).toBe(guestKey(guest({ lastName: 'LEFEVRE', firstName: 'elise', phone1: '06.12.34.56.78' }))));

  it('without an email, tells apart two guests of one name by their phone', () =>
    expect(guestKey(guest({ lastName: 'Martin', phone1: '06 12 34 56 78' }))).not.toBe(guestKey(guest({ lastName: 'Martin', phone1: '06 98 76 54 32' }))));

  it('tells apart two guests of one email in the files of two owners', () =>
    expect(guestIdOf(OWNER, guest({ email: 'a@example.org' }))).not.toBe(guestIdOf('0c8f5e2a-6b1d-5f3e-9a7c-4d2b1e0f9a8c', guest({ email: 'a@example.org' }))));

  it('keeps one id for one guest', () => expect(guestIdOf(OWNER, guest({ email: 'a@example.org' }))).toBe(guestIdOf(OWNER, guest({ lastName: 'Autre', email: 'A@example.org' }))));
});

describe('a guest’s name as French back offices write it', () => {
  it.each<[string, Parameters<typeof guest>[0], string]>([
    ['the last name in capitals, then the first name', { lastName: 'Dupont', firstName: 'Marie' }, 'DUPONT Marie'],
    ['accents kept on capitals', { lastName: 'Lefèvre', firstName: 'Élise' }, 'LEFÈVRE Élise'],
    ['the last name alone when there is no first name', { lastName: 'de La Fontaine' }, 'DE LA FONTAINE'],
    ['a company first, its contact after it', { lastName: 'Dupont', firstName: 'Marie', company: 'Les Tilleuls SARL' }, 'Les Tilleuls SARL (DUPONT Marie)'],
    ['a company typed as the last name too, once', { lastName: 'Les Tilleuls SARL', company: 'Les Tilleuls SARL' }, 'Les Tilleuls SARL'],
  ])('writes %s', (_, given, written) => expect(backOfficeName(guest(given))).toBe(written));
});

describe('searching the directory', () => {
  it('folds case, accents and punctuation', () => expect(foldText("  Lefèvre-DUPRÉ d'Artagnan ")).toBe('lefevre dupre d artagnan'));

  it.each([
    ['+33 6 12 34 56 78', '0612345678'],
    ['+33 (0)6 12 34 56 78', '0612345678'],
    ['0033 612345678', '0612345678'],
    ['06.12.34.56.78', '0612345678'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('writes the phone %s as %s', (written, digits) => expect(phoneDigits(written)).toBe(digits));

  const text = guestSearchText(guest({ lastName: 'Lefèvre', firstName: 'Élise', email: 'elise@example.org', city: 'Sarlat-la-Canéda', phone1: '+33 6 12 34 56 78' }));
  const searched = (typed: string): GuestSearch => guestSearch(typed) ?? { words: [], phone: null };

  it.each(['lefev', 'ÉLISE', 'elise lefevre', 'elise@example', 'sarlat la caneda', '06 12 34', '+33 6 12'])('finds a guest by %j', (typed) => expect(answersSearch(text, searched(typed))).toBe(true));

  it.each(['martin', 'elise martin', '07 12'])('does not find them by %j', (typed) => expect(answersSearch(text, searched(typed))).toBe(false));

  it('looks for nothing when nothing but punctuation is typed', () => expect(guestSearch(' - ')).toBeNull());
});
