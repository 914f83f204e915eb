import { givenDecider } from '../../../../test/support/decider-spec';
import { GITE, INTRUDER, OWNER, STUDIO, THEIRS } from '../../../../test/support/tarification-fixtures';
import { AccommodationNotFound, NotYourAccommodation, type AccommodationOwners } from '../../../shared/kernel/accommodation-access';
import { command, event } from '../../../shared/kernel/message';
import { parsePromotion, type PromotionDetails, type PromotionInput } from './promotion';
import { MAX_PROMOTIONS, PromotionNotFound, promotionsDecider, promotionsStream, TooManyPromotions, type PromotionsCommand, type PromotionsEvent } from './promotions.decider';

const given = givenDecider(promotionsDecider);

const ID = 'promo-1';
const OWNERS: AccommodationOwners = new Map<string, string | null>([
  [GITE, OWNER],
  [STUDIO, OWNER],
  [THEIRS, INTRUDER],
]);

const details = (overrides: Partial<PromotionInput> = {}): PromotionDetails =>
  parsePromotion('input', { kind: 'LAST_MINUTE', percent: 10, days: 7, accommodationIds: [GITE], ...overrides });

const create = (value: PromotionDetails = details(), promotionId = ID, accommodationOwners = OWNERS): PromotionsCommand =>
  command('CreatePromotion', { promotionId, ownerId: OWNER, details: value, accommodationOwners });
const update = (value: PromotionDetails, accommodationOwners = OWNERS): PromotionsCommand => command('UpdatePromotion', { promotionId: ID, ownerId: OWNER, details: value, accommodationOwners });
const remove = (promotionId = ID): PromotionsCommand => command('RemovePromotion', { promotionId, ownerId: OWNER });

const created = (value: PromotionDetails = details(), promotionId = ID): PromotionsEvent => event('PromotionCreated', { promotionId, ownerId: OWNER, details: value });
const updated = (value: PromotionDetails): PromotionsEvent => event('PromotionUpdated', { promotionId: ID, ownerId: OWNER, details: value });
const removed = (promotionId = ID): PromotionsEvent => event('PromotionRemoved', { promotionId, ownerId: OWNER });

describe('Promotions of an owner', () => {
  describe('creating', () => {
    it('records a promotion on the owner’s accommodations', () =>
      given([]).when(create(details({ accommodationIds: [GITE, STUDIO] }))).then([created(details({ accommodationIds: [GITE, STUDIO] }))]));

    it('records nothing when the same creation is retried', () => given([created()]).when(create()).thenNothing());

    it('records nothing when a creation is retried after the promotion was removed', () => given([created(), removed()]).when(create()).thenNothing());

    it('refuses an accommodation of another owner, pointing at it in the list', () =>
      given([])
        .when(create(details({ accommodationIds: [GITE, THEIRS] })))
        .thenThrows(NotYourAccommodation, { code: 'NOT_FOUND', field: 'input.accommodationIds[1]' }));

    it('refuses an accommodation that does not exist, pointing at it in the list', () =>
      given([])
        .when(create(details({ accommodationIds: ['acc-gone'] }), ID, new Map([['acc-gone', null]])))
        .thenThrows(AccommodationNotFound, { code: 'NOT_FOUND', field: 'input.accommodationIds[0]' }));

    it(`refuses a promotion beyond the ${MAX_PROMOTIONS} an owner may keep`, () => {
      const history = Array.from({ length: MAX_PROMOTIONS }, (_, i) => created(details(), `promo-${i + 100}`));
      given(history).when(create(details(), 'promo-new')).thenThrows(TooManyPromotions, { code: 'CONFLICT' });
    });

    it('makes room for a new promotion when one is removed', () => {
      const history = [...Array.from({ length: MAX_PROMOTIONS }, (_, i) => created(details(), `promo-${i + 100}`)), removed('promo-100')];
      given(history).when(create(details(), 'promo-new')).then([created(details(), 'promo-new')]);
    });
  });

  describe('updating', () => {
    it('records details that changed', () => given([created()]).when(update(details({ percent: 15 }))).then([updated(details({ percent: 15 }))]));

    it('records nothing when the details are the ones already held', () => given([created(), updated(details({ days: 3 }))]).when(update(details({ days: 3 }))).thenNothing());

    it('refuses to apply it to an accommodation of another owner', () =>
      given([created()]).when(update(details({ accommodationIds: [THEIRS] }))).thenThrows(NotYourAccommodation, { field: 'input.accommodationIds[0]' }));

    it('refuses a promotion that was never created', () =>
      given([]).when(update(details())).thenThrows(PromotionNotFound, { code: 'NOT_FOUND', field: 'id', message: `id: Promotion ${ID} was not found` }));

    it('refuses a promotion that was removed', () => given([created(), removed()]).when(update(details({ percent: 20 }))).thenThrows(PromotionNotFound, { code: 'NOT_FOUND' }));
  });

  describe('removing', () => {
    it('records the removal', () => given([created()]).when(remove()).then([removed()]));

    it('records nothing when removing twice, as a retried request does', () => given([created(), removed()]).when(remove()).thenNothing());

    it('refuses a promotion that was never created', () => given([]).when(remove()).thenThrows(PromotionNotFound, { field: 'id' }));

    it('keeps the other promotions', () => {
      const state = [created(details(), 'a'), created(details({ percent: 20 }), 'b'), removed('a')].reduce(promotionsDecider.evolve, promotionsDecider.initialState());
      expect([...state.live.keys()]).toEqual(['b']);
    });
  });

  it('keeps one stream per owner', () => expect(promotionsStream(OWNER)).toBe('promotions-owner-1'));
});
