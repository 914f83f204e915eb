import { givenDecider } from '../../../../test/support/decider-spec';
import { InvalidInput } from '../../../shared/kernel/errors';
import { command, event } from '../../../shared/kernel/message';
import { AccommodationNotFound, NotYourAccommodation } from '../accommodation/accommodation.errors';
import type { AccommodationOwners } from '../../../shared/kernel/accommodation-access';
import { parseSupplementDetails, type SupplementDetails, type SupplementDetailsInput } from './supplement-details';
import { supplementDecider, supplementStream, type SupplementCommand, type SupplementEvent } from './supplement.decider';
import { NotYourSupplement, SupplementNotFound } from './supplement.errors';

const given = givenDecider(supplementDecider);

const ID = 'sup-1';
const OWNER = 'owner-1';
const INTRUDER = 'owner-2';
const GITE = 'acc-gite';
const STUDIO = 'acc-studio';
const THEIRS = 'acc-theirs';

const OWNERS: AccommodationOwners = new Map<string, string | null>([
  [GITE, OWNER],
  [STUDIO, OWNER],
  [THEIRS, INTRUDER],
]);

const details = (overrides: Partial<SupplementDetails> = {}): SupplementDetails => ({
  name: { fr: 'Ménage de fin de séjour', en: 'Final cleaning' },
  mandatory: true,
  price: { cents: 6_000, currency: 'EUR' },
  unit: 'PER_STAY',
  accommodationIds: [GITE],
  ...overrides,
});

const define = (value: SupplementDetails = details(), ownerId = OWNER, accommodationOwners = OWNERS): SupplementCommand =>
  command('DefineSupplement', { supplementId: ID, ownerId, details: value, accommodationOwners });
const update = (value: SupplementDetails, ownerId = OWNER, accommodationOwners = OWNERS): SupplementCommand =>
  command('UpdateSupplement', { supplementId: ID, ownerId, details: value, accommodationOwners });
const remove = (ownerId = OWNER): SupplementCommand => command('RemoveSupplement', { supplementId: ID, ownerId });

const defined = (value: SupplementDetails = details()): SupplementEvent => event('SupplementDefined', { supplementId: ID, ownerId: OWNER, details: value });
const updated = (value: SupplementDetails): SupplementEvent => event('SupplementUpdated', { supplementId: ID, ownerId: OWNER, details: value });
const removed: SupplementEvent = event('SupplementRemoved', { supplementId: ID, ownerId: OWNER });

describe('Supplement', () => {
  describe('defining', () => {
    it('records a supplement on the owner’s own accommodations', () =>
      given([]).when(define(details({ accommodationIds: [GITE, STUDIO] }))).then([defined(details({ accommodationIds: [GITE, STUDIO] }))]));

    it('records a supplement that applies to no accommodation yet', () =>
      given([]).when(define(details({ accommodationIds: [] }))).then([defined(details({ accommodationIds: [] }))]));

    it('refuses an accommodation of another owner as an unknown one, pointing at it in the list', () =>
      given([])
        .when(define(details({ accommodationIds: [GITE, THEIRS] })))
        .thenThrows(NotYourAccommodation, {
          code: 'NOT_FOUND',
          field: 'input.accommodationIds[1]',
          message: `input.accommodationIds[1]: Accommodation ${THEIRS} was not found`,
        }));

    it('refuses an accommodation that does not exist, pointing at it in the list', () =>
      given([])
        .when(define(details({ accommodationIds: ['acc-gone'] }), OWNER, new Map([['acc-gone', null]])))
        .thenThrows(AccommodationNotFound, {
          code: 'NOT_FOUND',
          field: 'input.accommodationIds[0]',
          message: 'input.accommodationIds[0]: Accommodation acc-gone was not found',
        }));

    it('refuses an accommodation the handler did not look up, as if it did not exist', () =>
      given([]).when(define(details({ accommodationIds: [GITE, 'acc-unlooked'] }))).thenThrows(AccommodationNotFound, { field: 'input.accommodationIds[1]' }));

    it('records nothing when the same definition is repeated', () => given([defined()]).when(define()).thenNothing());
  });

  describe('updating', () => {
    it('records details that changed', () =>
      given([defined()]).when(update(details({ price: { cents: 7_500, currency: 'EUR' } }))).then([updated(details({ price: { cents: 7_500, currency: 'EUR' } }))]));

    it('records nothing when the details are the ones already held', () => given([defined()]).when(update(details())).thenNothing());

    it('records nothing when the held details came back from the store with their keys in another order', () => {
      const readBack = JSON.parse(
        '{"accommodationIds":["acc-gite"],"mandatory":true,"name":{"en":"Final cleaning","fr":"Ménage de fin de séjour"},' +
          '"price":{"cents":6000,"currency":"EUR"},"unit":"PER_STAY"}',
      ) as SupplementDetails;
      given([defined(readBack)]).when(update(details())).thenNothing();
    });

    it('refuses another owner', () =>
      given([defined()])
        .when(update(details({ mandatory: false }), INTRUDER))
        .thenThrows(NotYourSupplement, { code: 'NOT_FOUND', field: 'id', message: `id: Supplement ${ID} was not found` }));

    it('refuses to apply it to an accommodation of another owner', () =>
      given([defined()]).when(update(details({ accommodationIds: [THEIRS] }))).thenThrows(NotYourAccommodation, { field: 'input.accommodationIds[0]' }));

    it('refuses a supplement that was removed', () =>
      given([defined(), removed])
        .when(update(details({ mandatory: false })))
        .thenThrows(SupplementNotFound, { code: 'NOT_FOUND', field: 'id', message: `id: Supplement ${ID} was not found` }));

    it('refuses a supplement that was never defined', () => given([]).when(update(details())).thenThrows(SupplementNotFound, { field: 'id' }));
  });

  describe('removing', () => {
    it('records the removal', () => given([defined()]).when(remove()).then([removed]));

    it('records nothing when removing again', () => given([defined(), removed]).when(remove()).thenNothing());

    it('refuses another owner', () => given([defined()]).when(remove(INTRUDER)).thenThrows(NotYourSupplement, { code: 'NOT_FOUND', field: 'id' }));

    it('refuses a supplement that was never defined', () => given([]).when(remove()).thenThrows(SupplementNotFound, { code: 'NOT_FOUND' }));
  });

  it('keeps one stream per supplement', () => expect(supplementStream(ID)).toBe('supplement-sup-1'));
});

describe('Supplement details', () => {
  const input = (overrides: Partial<SupplementDetailsInput> = {}): SupplementDetailsInput => ({
    name: { fr: ' Animal de compagnie ', en: 'Pet' },
    mandatory: false,
    price: 1_500,
    unit: 'PER_NIGHT',
    accommodationIds: [GITE],
    ...overrides,
  });

  function refusal(overrides: Partial<SupplementDetailsInput>): InvalidInput {
    try {
      parseSupplementDetails('input', input(overrides));
    } catch (error) {
      if (error instanceof InvalidInput) return error;
      throw error;
    }
    throw new Error('expected the input to be refused, but it was accepted');
  }

  it('keeps a well-formed supplement, its name trimmed and its price in cents', () =>
    expect(parseSupplementDetails('input', input())).toEqual({
      name: { fr: 'Animal de compagnie', en: 'Pet' },
      mandatory: false,
      price: { cents: 1_500, currency: 'EUR' },
      unit: 'PER_NIGHT',
      accommodationIds: [GITE],
    }));

  it('accepts a free supplement', () => expect(parseSupplementDetails('input', input({ price: 0 })).price).toEqual({ cents: 0, currency: 'EUR' }));

  // Refused rather than merged, so an error about a later entry still points at the right line.
  it('refuses an accommodation listed twice, naming the repeat', () =>
    expect(() => parseSupplementDetails('input', input({ accommodationIds: [STUDIO, GITE, STUDIO] }))).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.accommodationIds[2]' }),
    ));

  it.each<[string, Partial<SupplementDetailsInput>, string]>([
    ['a negative price', { price: -1 }, 'input.price'],
    ['a price in fractions of a cent', { price: 10.5 }, 'input.price'],
    ['an unknown unit', { unit: 'PER_WEEK' }, 'input.unit'],
    ['a unit in lower case', { unit: 'per_night' }, 'input.unit'],
    ['a name without French', { name: { en: 'Pet' } }, 'input.name.fr'],
    ['a French name of only spaces', { name: { fr: '  ', en: 'Pet' } }, 'input.name.fr'],
    ['a name over 100 characters', { name: { fr: 'a'.repeat(101) } }, 'input.name.fr'],
    ['more than 500 accommodations', { accommodationIds: Array.from({ length: 501 }, (_, i) => `acc-${i}`) }, 'input.accommodationIds'],
  ])('refuses %s, naming the field', (_, overrides, field) => expect(refusal(overrides)).toMatchObject({ code: 'BAD_USER_INPUT', field }));
});
