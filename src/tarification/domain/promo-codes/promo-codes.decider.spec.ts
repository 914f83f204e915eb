import { givenDecider } from '../../../../test/support/decider-spec';
import { GITE, INTRUDER, OWNER, STUDIO, THEIRS } from '../../../../test/support/tarification-fixtures';
import { AccommodationNotFound, NotYourAccommodation, type AccommodationOwners } from '../../../shared/kernel/accommodation-access';
import { fold } from '../../../shared/kernel/decider';
import { command, event } from '../../../shared/kernel/message';
import { parsePromoCode, type PromoCodeDetails, type PromoCodeInput } from './promo-code';
import {
  MAX_PROMO_CODES,
  PromoCodeAlreadyUsed,
  PromoCodeNotFound,
  promoCodesDecider,
  promoCodesStream,
  PromoCodeTaken,
  TooManyPromoCodes,
  type PromoCodesCommand,
  type PromoCodesEvent,
} from './promo-codes.decider';

const given = givenDecider(promoCodesDecider);

const ID = 'code-1';
const OTHER = 'code-2';
const OWNERS: AccommodationOwners = new Map<string, string | null>([
  [GITE, OWNER],
  [STUDIO, OWNER],
  [THEIRS, INTRUDER],
]);

const details = (overrides: Partial<PromoCodeInput> = {}): PromoCodeDetails =>
  parsePromoCode('input', { code: 'ETE2026', internalLabel: 'Summer mailing', label: { fr: 'Code été' }, usage: 'SINGLE', percent: 15, accommodationIds: [GITE], ...overrides });
const multiple = details({ usage: 'MULTIPLE' });

const create = (value: PromoCodeDetails = details(), promoCodeId = ID, accommodationOwners = OWNERS): PromoCodesCommand =>
  command('CreatePromoCode', { promoCodeId, ownerId: OWNER, details: value, accommodationOwners });
const update = (value: PromoCodeDetails, promoCodeId = ID, accommodationOwners = OWNERS): PromoCodesCommand =>
  command('UpdatePromoCode', { promoCodeId, ownerId: OWNER, details: value, accommodationOwners });
const remove = (promoCodeId = ID): PromoCodesCommand => command('RemovePromoCode', { promoCodeId, ownerId: OWNER });
const consume = (dossierId: string, promoCodeId = ID): PromoCodesCommand => command('ConsumePromoCode', { promoCodeId, ownerId: OWNER, dossierId });
const release = (dossierId: string, promoCodeId = ID): PromoCodesCommand => command('ReleasePromoCode', { promoCodeId, ownerId: OWNER, dossierId });

const created = (value: PromoCodeDetails = details(), promoCodeId = ID): PromoCodesEvent => event('PromoCodeCreated', { promoCodeId, ownerId: OWNER, details: value });
const updated = (value: PromoCodeDetails, promoCodeId = ID): PromoCodesEvent => event('PromoCodeUpdated', { promoCodeId, ownerId: OWNER, details: value });
const removed = (promoCodeId = ID): PromoCodesEvent => event('PromoCodeRemoved', { promoCodeId, ownerId: OWNER });
const consumed = (dossierId: string, promoCodeId = ID): PromoCodesEvent => event('PromoCodeConsumed', { promoCodeId, ownerId: OWNER, dossierId });
const released = (dossierId: string, promoCodeId = ID): PromoCodesEvent => event('PromoCodeReleased', { promoCodeId, ownerId: OWNER, dossierId });

describe('Promo codes of an owner', () => {
  describe('creating', () => {
    it('records a code on the owner’s accommodations', () => given([]).when(create()).then([created()]));

    it('records nothing when the same creation is retried', () => given([created()]).when(create()).thenNothing());

    it('refuses a code the owner already has live, naming the code field', () =>
      given([created()])
        .when(create(details({ code: 'ete2026', usage: 'MULTIPLE' }), OTHER))
        .thenThrows(PromoCodeTaken, { code: 'CONFLICT', field: 'input.code', message: 'input.code: you already have a promo code ETE2026' }));

    it('lets a code be used again once the code that had it is removed', () => given([created(), removed()]).when(create(details(), OTHER)).then([created(details(), OTHER)]));

    it('refuses an accommodation of another owner, pointing at it in the list', () =>
      given([]).when(create(details({ accommodationIds: [GITE, THEIRS] }))).thenThrows(NotYourAccommodation, { code: 'NOT_FOUND', field: 'input.accommodationIds[1]' }));

    it('refuses an accommodation that does not exist', () =>
      given([]).when(create(details({ accommodationIds: ['acc-gone'] }), ID, new Map([['acc-gone', null]]))).thenThrows(AccommodationNotFound, { code: 'NOT_FOUND', field: 'input.accommodationIds[0]' }));

    it(`refuses a code beyond the ${MAX_PROMO_CODES} an owner may keep`, () => {
      const history = Array.from({ length: MAX_PROMO_CODES }, (_, i) => created(details({ code: `CODE${i}` }), `code-${i + 100}`));
      given(history).when(create(details({ code: 'ONEMORE' }), 'code-new')).thenThrows(TooManyPromoCodes, { code: 'CONFLICT' });
    });
  });

  describe('updating', () => {
    it('records details that changed', () => given([created()]).when(update(details({ percent: 20 }))).then([updated(details({ percent: 20 }))]));

    it('records nothing when the details are the ones already held', () => given([created()]).when(update(details())).thenNothing());

    it('lets a code keep its own name', () => given([created()]).when(update(details({ code: 'ETE2026', percent: 25 }))).then([updated(details({ percent: 25 }))]));

    it('refuses renaming a code to another live code of the owner', () =>
      given([created(), created(details({ code: 'NOEL' }), OTHER)]).when(update(details({ code: 'noel' }))).thenThrows(PromoCodeTaken, { code: 'CONFLICT', field: 'input.code' }));

    it('lets a code take the name of a removed one', () =>
      given([created(), created(details({ code: 'NOEL' }), OTHER), removed(OTHER)]).when(update(details({ code: 'NOEL' }))).then([updated(details({ code: 'NOEL' }))]));

    it('refuses to apply it to an accommodation of another owner', () =>
      given([created()]).when(update(details({ accommodationIds: [THEIRS] }))).thenThrows(NotYourAccommodation, { field: 'input.accommodationIds[0]' }));

    it('refuses a code that was never created', () =>
      given([]).when(update(details())).thenThrows(PromoCodeNotFound, { code: 'NOT_FOUND', field: 'id', message: `id: Promo code ${ID} was not found` }));

    it('refuses a code that was removed', () => given([created(), removed()]).when(update(details({ percent: 20 }))).thenThrows(PromoCodeNotFound, { field: 'id' }));

    it('keeps a single-use code consumed when its details change', () =>
      expect(fold(promoCodesDecider, [created(), consumed('dossier-1'), updated(details({ percent: 20 }))]).live.get(ID)?.consumedBy).toBe('dossier-1'));
  });

  describe('removing', () => {
    it('records the removal', () => given([created()]).when(remove()).then([removed()]));

    it('records nothing when removing twice, as a retried request does', () => given([created(), removed()]).when(remove()).thenNothing());

    it('refuses a code that was never created', () => given([]).when(remove()).thenThrows(PromoCodeNotFound, { field: 'id' }));
  });

  describe('consuming', () => {
    it('records the booking that used a single-use code first', () => given([created()]).when(consume('dossier-1')).then([consumed('dossier-1')]));

    it('records nothing when the same booking uses it again, as a retried booking does', () => given([created(), consumed('dossier-1')]).when(consume('dossier-1')).thenNothing());

    it('refuses a single-use code another booking already used', () =>
      given([created(), consumed('dossier-1')])
        .when(consume('dossier-2'))
        .thenThrows(PromoCodeAlreadyUsed, { code: 'CONFLICT', message: 'Promo code ETE2026 is single-use and has already been used' }));

    it('never consumes a code that serves many bookings', () => given([created(multiple)]).when(consume('dossier-1')).thenNothing());

    it('serves a second booking with a code that serves many', () => given([created(multiple)]).when(consume('dossier-2')).thenNothing());

    it('refuses a code that was removed', () => given([created(), removed()]).when(consume('dossier-1')).thenThrows(PromoCodeNotFound, { code: 'NOT_FOUND' }));

    it('holds who used a single-use code', () => expect(fold(promoCodesDecider, [created(), consumed('dossier-1')]).live.get(ID)).toEqual({ details: details(), consumedBy: 'dossier-1' }));
  });

  describe('releasing', () => {
    it('gives a single-use code back when the booking that used it failed to open', () =>
      given([created(), consumed('dossier-1')]).when(release('dossier-1')).then([released('dossier-1')]));

    it('holds the code as unused once given back', () =>
      expect(fold(promoCodesDecider, [created(), consumed('dossier-1'), released('dossier-1')]).live.get(ID)).toEqual({ details: details(), consumedBy: null }));

    it('lets another booking use the code given back', () => given([created(), consumed('dossier-1'), released('dossier-1')]).when(consume('dossier-2')).then([consumed('dossier-2')]));

    it('records nothing when the release is retried', () => given([created(), consumed('dossier-1'), released('dossier-1')]).when(release('dossier-1')).thenNothing());

    it('records nothing for a code no booking used', () => given([created()]).when(release('dossier-1')).thenNothing());

    it('never gives back a code another booking used', () => given([created(), consumed('dossier-2')]).when(release('dossier-1')).thenNothing());

    it('records nothing for a code that serves many bookings', () => given([created(multiple)]).when(release('dossier-1')).thenNothing());

    it('records nothing for a code removed since it was used', () => given([created(), consumed('dossier-1'), removed()]).when(release('dossier-1')).thenNothing());

    it('refuses a code that was never created', () => given([]).when(release('dossier-1')).thenThrows(PromoCodeNotFound, { code: 'NOT_FOUND' }));
  });

  it('keeps one stream per owner, so a code is unique among the owner’s codes', () => expect(promoCodesStream(OWNER)).toBe('promo-codes-owner-1'));
});
