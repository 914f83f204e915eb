import { givenDecider } from '../../../../test/support/decider-spec';
import { InvalidInput } from '../../../shared/kernel/errors';
import { fold } from '../../../shared/kernel/decider';
import { command, event } from '../../../shared/kernel/message';
import {
  AgeRangeAlreadyDefined,
  AgeRangeNotFound,
  AgeRangesOverlap,
  DEFAULT_AGE_RANGES,
  LastAgeRange,
  parseAgeRange,
  TooManyAgeRanges,
  type AgeRange,
  type AgeRangeEdit,
  type AgeRangeInput,
} from './age-ranges';
import { parseEmail } from '../../../shared/kernel/email';
import type { OwnerDetails } from './owner-details';
import { OwnerHasNoNumber, OwnerNotFound } from './owner.errors';
import { ownerDecider, type OwnerCommand, type OwnerEvent } from './owner.decider';

const given = givenDecider(ownerDecider);

const OWNER = 'owner-1';

const range = (label: string, minAge: number, maxAge: number, countsTowardsCapacity = true): AgeRange => ({ label, minAge, maxAge, countsTowardsCapacity });
/** A range as the owner sends it; `countsTowardsCapacity` left out unless given. */
const edit = (label: string, minAge: number, maxAge: number, countsTowardsCapacity: boolean | null = null): AgeRangeEdit => ({ label, minAge, maxAge, countsTowardsCapacity });

const signUpDetails = (): OwnerDetails => ({
  company: null,
  civility: null,
  lastName: 'Martin',
  firstName: null,
  address: null,
  postalCode: null,
  city: null,
  country: null,
  phone1: null,
  phone2: null,
  fax: null,
  website: null,
});

const signUp = (number: number): OwnerCommand =>
  command('SignUp', {
    ownerId: OWNER,
    email: parseEmail('input.email', 'marie@example.fr'),
    passwordHash: 'hash-1',
    details: signUpDetails(),
    number,
    defaultAgeRangeIds: ['adult', 'child', 'baby'],
  });
const defineRange = (ageRangeId: string, value: AgeRangeEdit): OwnerCommand => command('DefineAgeRange', { ageRangeId, range: value });
const changeRange = (ageRangeId: string, value: AgeRangeEdit): OwnerCommand => command('ChangeAgeRange', { ageRangeId, range: value });
const removeRange = (ageRangeId: string): OwnerCommand => command('RemoveAgeRange', { ageRangeId });
const assignNumber = (number: number): OwnerCommand => command('AssignOwnerNumber', { number });
const reserveReference: OwnerCommand = command('ReserveAccommodationReference', {});

const defined = (ageRangeId: string, value: AgeRange): OwnerEvent => event('AgeRangeDefined', { ownerId: OWNER, ageRangeId, ...value });
const changed = (ageRangeId: string, value: AgeRange): OwnerEvent => event('AgeRangeChanged', { ownerId: OWNER, ageRangeId, ...value });
const removed = (ageRangeId: string): OwnerEvent => event('AgeRangeRemoved', { ownerId: OWNER, ageRangeId });
const reserved = (sequence: number): OwnerEvent => event('AccommodationReferenceReserved', { ownerId: OWNER, sequence });

const ADULT = range('Adult', 17, 100);
const CHILD = range('Child', 3, 16);
const BABY = range('Baby', 0, 2, false);

const opened: OwnerEvent = event('OwnerSignedUp', { ownerId: OWNER, email: 'marie@example.fr', passwordHash: 'hash-1', details: signUpDetails() });
const numbered = (number: number): OwnerEvent => event('OwnerNumberAssigned', { ownerId: OWNER, number });
const defaults = (): OwnerEvent[] => [defined('adult', ADULT), defined('child', CHILD), defined('baby', BABY)];
/** History of an owner who signed up: opened, numbered, with the default ranges. */
const signedUp = (): OwnerEvent[] => [opened, numbered(7), ...defaults()];
/** History of an account opened before owner numbers existed. */
const signedUpUnnumbered = (): OwnerEvent[] => [opened, ...defaults()];

/** Ranges of a single year from 101 on, to fill an owner's list. */
const singleYears = (count: number): OwnerEvent[] => Array.from({ length: count }, (_, i) => defined(`r${101 + i}`, range(`R${101 + i}`, 101 + i, 101 + i)));

describe('Age ranges', () => {
  it('gives a new owner an adult, a child and a baby range, with the ids the handler chose', () =>
    expect(ownerDecider.decide(signUp(7), ownerDecider.initialState()).filter((e) => e.type === 'AgeRangeDefined')).toEqual(defaults()));

  it('defaults to ranges that leave no age from 0 to 100 uncounted', () =>
    expect([...DEFAULT_AGE_RANGES].sort((a, b) => a.minAge - b.minAge).map((r) => [r.minAge, r.maxAge])).toEqual([
      [0, 2],
      [3, 16],
      [17, 100],
    ]));

  describe('defining', () => {
    it('records a range beside the defaults when it overlaps none', () =>
      given(signedUp()).when(defineRange('senior', range('Senior', 101, 120))).then([defined('senior', range('Senior', 101, 120))]));

    it('refuses a range that overlaps another, naming that other range', () =>
      given(signedUp())
        .when(defineRange('senior', range('Senior', 90, 120)))
        .thenThrows(AgeRangesOverlap, { code: 'BAD_USER_INPUT', field: 'input', message: 'input: ages 90–120 overlap the range "Adult" (17–100)' }));

    it('counts a shared bound as an overlap, since both bounds are inclusive', () =>
      given(signedUp()).when(defineRange('senior', range('Senior', 100, 120))).thenThrows(AgeRangesOverlap, /"Adult"/));

    it('lets a range fill the gap left by a removed one', () =>
      given([...signedUp(), removed('child')]).when(defineRange('teen', range('Teenager', 3, 16))).then([defined('teen', range('Teenager', 3, 16))]));

    it('records nothing when the same range is defined again', () =>
      given([...signedUp(), defined('senior', range('Senior', 101, 120))]).when(defineRange('senior', range('Senior', 101, 120))).thenNothing());

    it('refuses to define an existing range with other bounds', () =>
      given([...signedUp(), defined('senior', range('Senior', 101, 120))])
        .when(defineRange('senior', range('Senior', 105, 120)))
        .thenThrows(AgeRangeAlreadyDefined, { code: 'CONFLICT' }));

    it('accepts a tenth range', () => {
      given([...signedUp(), ...singleYears(6)]).when(defineRange('r110', range('R110', 110, 120))).then([defined('r110', range('R110', 110, 120))]);
    });

    it('refuses an eleventh range', () => {
      given([...signedUp(), ...singleYears(7)])
        .when(defineRange('r110', range('R110', 110, 120)))
        .thenThrows(TooManyAgeRanges, { code: 'CONFLICT', message: 'An owner may define at most 10 age ranges' });
    });

    it('refuses an owner who never signed up', () => given([]).when(defineRange('senior', range('Senior', 101, 120))).thenThrows(OwnerNotFound));
  });

  describe('changing', () => {
    it('widens a range over its own former ages', () =>
      given(signedUp()).when(changeRange('adult', range('Adult', 17, 110))).then([changed('adult', range('Adult', 17, 110))]));

    it('renames a range', () => given(signedUp()).when(changeRange('adult', range('Grown-up', 17, 100))).then([changed('adult', range('Grown-up', 17, 100))]));

    it('refuses to stretch a range over another', () =>
      given(signedUp()).when(changeRange('child', range('Child', 3, 17))).thenThrows(AgeRangesOverlap, 'input: ages 3–17 overlap the range "Adult" (17–100)'));

    it('records nothing when the range is unchanged', () => given(signedUp()).when(changeRange('child', CHILD)).thenNothing());

    it('compares with the latest bounds', () =>
      given([...signedUp(), changed('adult', range('Adult', 18, 100))]).when(changeRange('child', range('Child', 3, 17))).then([changed('child', range('Child', 3, 17))]));

    it('allows a change when the owner already has ten ranges', () => {
      given([...signedUp(), ...singleYears(7)]).when(changeRange('r107', range('R107', 107, 120))).then([changed('r107', range('R107', 107, 120))]);
    });

    it('refuses a range the owner does not have', () =>
      given(signedUp())
        .when(changeRange('senior', range('Senior', 101, 120)))
        .thenThrows(AgeRangeNotFound, { code: 'NOT_FOUND', field: 'id', message: 'id: Age range senior was not found' }));

    it('refuses a range that was removed', () => given([...signedUp(), removed('baby')]).when(changeRange('baby', BABY)).thenThrows(AgeRangeNotFound));
  });

  describe('counting towards capacity', () => {
    it('leaves a new owner\'s Baby range out of the capacity, and counts Adult and Child', () =>
      expect(DEFAULT_AGE_RANGES.map((r) => [r.label, r.countsTowardsCapacity])).toEqual([
        ['Adult', true],
        ['Child', true],
        ['Baby', false],
      ]));

    it('counts a new range when the owner does not say', () =>
      given(signedUp()).when(defineRange('senior', edit('Senior', 101, 120))).then([defined('senior', range('Senior', 101, 120, true))]));

    it('defines a range left out of the capacity when the owner says so', () =>
      given(signedUp()).when(defineRange('senior', edit('Senior', 101, 120, false))).then([defined('senior', range('Senior', 101, 120, false))]));

    it('keeps whether a changed range counts when the owner does not say', () =>
      given(signedUp()).when(changeRange('baby', edit('Infant', 0, 2))).then([changed('baby', range('Infant', 0, 2, false))]));

    it('records a range that stops counting', () =>
      given(signedUp()).when(changeRange('child', edit('Child', 3, 16, false))).then([changed('child', range('Child', 3, 16, false))]));

    it('records a range that starts counting', () =>
      given(signedUp()).when(changeRange('baby', edit('Baby', 0, 2, true))).then([changed('baby', range('Baby', 0, 2, true))]));

    it('records nothing when a range is told what it already is', () => given(signedUp()).when(changeRange('baby', edit('Baby', 0, 2, false))).thenNothing());

    it('holds what each range says', () =>
      expect(fold(ownerDecider, [...signedUp(), changed('child', range('Child', 3, 16, false))])).toMatchObject({
        ageRanges: new Map([
          ['adult', ADULT],
          ['child', range('Child', 3, 16, false)],
          ['baby', BABY],
        ]),
      }));
  });

  describe('removing', () => {
    it('records the removal', () => given(signedUp()).when(removeRange('baby')).then([removed('baby')]));

    it('refuses to remove the last range', () =>
      given([...signedUp(), removed('baby'), removed('child')]).when(removeRange('adult')).thenThrows(LastAgeRange, { code: 'CONFLICT' }));

    it('refuses a range the owner does not have', () => given(signedUp()).when(removeRange('senior')).thenThrows(AgeRangeNotFound, { field: 'id' }));

    it('refuses to remove a range twice', () => given([...signedUp(), removed('baby')]).when(removeRange('baby')).thenThrows(AgeRangeNotFound));
  });

  describe('parsing', () => {
    const parse = (input: AgeRangeInput) => parseAgeRange('input', input);

    function refusal(input: AgeRangeInput): InvalidInput {
      try {
        parse(input);
      } catch (error) {
        if (error instanceof InvalidInput) return error;
        throw error;
      }
      throw new Error('expected the input to be refused, but it was accepted');
    }

    it('keeps a range with its label trimmed', () => expect(parse({ label: ' Senior ', minAge: 65, maxAge: 120 })).toEqual(edit('Senior', 65, 120)));

    it('accepts a range of a single year', () => expect(parse({ label: 'Newborn', minAge: 0, maxAge: 0 })).toEqual(edit('Newborn', 0, 0)));

    it('leaves whether the range counts towards capacity unsaid when the owner omits it, and keeps it when given', () => {
      expect(parse({ label: 'Baby', minAge: 0, maxAge: 2, countsTowardsCapacity: null }).countsTowardsCapacity).toBeNull();
      expect(parse({ label: 'Baby', minAge: 0, maxAge: 2, countsTowardsCapacity: false }).countsTowardsCapacity).toBe(false);
    });

    it.each<[string, AgeRangeInput, string]>([
      ['a minimum above the maximum', { label: 'Child', minAge: 16, maxAge: 3 }, 'input.minAge'],
      ['a negative minimum', { label: 'Child', minAge: -1, maxAge: 3 }, 'input.minAge'],
      ['a maximum above 120', { label: 'Senior', minAge: 65, maxAge: 121 }, 'input.maxAge'],
      ['a minimum that is not a whole year', { label: 'Child', minAge: 2.5, maxAge: 16 }, 'input.minAge'],
      ['a maximum that is not a whole year', { label: 'Child', minAge: 3, maxAge: 16.5 }, 'input.maxAge'],
      ['a maximum that is not a number', { label: 'Child', minAge: 3, maxAge: Number.NaN }, 'input.maxAge'],
      ['an empty label', { label: '  ', minAge: 3, maxAge: 16 }, 'input.label'],
      ['a label over 30 characters', { label: 'a'.repeat(31), minAge: 3, maxAge: 16 }, 'input.label'],
    ])('refuses %s, naming the field', (_, input, field) => expect(refusal(input)).toMatchObject({ code: 'BAD_USER_INPUT', field }));

    it('says which bound the minimum exceeds', () => expect(refusal({ label: 'Child', minAge: 16, maxAge: 3 }).message).toBe('input.minAge: must not exceed maxAge (3)'));
  });
});

describe('Owner number', () => {
  it('is given once at sign-up', () =>
    expect(ownerDecider.decide(signUp(7), ownerDecider.initialState()).filter((e) => e.type === 'OwnerNumberAssigned')).toEqual([numbered(7)]));

  it('is assigned to an account opened before numbers existed', () =>
    given(signedUpUnnumbered()).when(assignNumber(12)).then([numbered(12)]));

  it('is never replaced once assigned', () => given(signedUp()).when(assignNumber(12)).thenNothing());

  it('cannot be assigned to an owner who never signed up', () => given([]).when(assignNumber(12)).thenThrows(OwnerNotFound));
});

describe('Accommodation references', () => {
  it('reserves rank 1 for the owner’s first accommodation', () => given(signedUp()).when(reserveReference).then([reserved(1)]));

  it('reserves the next rank each time', () => given([...signedUp(), reserved(1)]).when(reserveReference).then([reserved(2)]));

  it('reserves rank 3 after two', () => given([...signedUp(), reserved(1), reserved(2)]).when(reserveReference).then([reserved(3)]));

  it('refuses while the owner has no number to build the reference on', () =>
    given(signedUpUnnumbered()).when(reserveReference).thenThrows(OwnerHasNoNumber, { code: 'CONFLICT', message: `Owner ${OWNER} has no owner number yet` }));

  it('starts at rank 1 for an account numbered late', () =>
    given([...signedUpUnnumbered(), numbered(12)]).when(reserveReference).then([reserved(1)]));
});
