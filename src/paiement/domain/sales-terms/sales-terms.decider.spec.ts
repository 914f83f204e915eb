import { givenDecider } from '../../../../test/support/decider-spec';
import { fold } from '../../../shared/kernel/decider';
import { InvalidInput } from '../../../shared/kernel/errors';
import { command, event } from '../../../shared/kernel/message';
import { DEFAULT_SALES_TERMS, NoWayToBook, type SalesTermsInput, type SalesTermsSetting } from './sales-terms';
import { salesTermsDecider, salesTermsStream, type SalesTermsCommand, type SalesTermsEvent } from './sales-terms.decider';

const OWNER = 'owner-1';
const given = givenDecider(salesTermsDecider);

const set = (input: SalesTermsInput): SalesTermsCommand => command('SetSalesTerms', { ownerId: OWNER, input });
const wasSet = (terms: SalesTermsSetting): SalesTermsEvent => event('SalesTermsSet', { ownerId: OWNER, terms });

const OPT_IN = { text: { fr: 'J’accepte de recevoir les offres du gîte.', en: 'I agree to receive the gîte’s offers.' }, link: 'https://gite-des-tilleuls.fr/offres' };
const PRIVACY = { text: { fr: 'Vos données servent à votre réservation.', en: null }, link: null };

describe('Sales terms ("Modalités de vente")', () => {
  it('offer online payment and pre-booking, holding nights 30 minutes, with no opt-in nor privacy text, until the owner sets them', () =>
    expect(fold(salesTermsDecider, [])).toEqual({ onlinePayment: true, preBooking: true, paymentWindowMinutes: 30, gdprOptIn: null, privacy: null }));

  it('records the terms as a whole once the owner changes a field', () =>
    given([])
      .when(set({ paymentWindowMinutes: 45, gdprOptIn: OPT_IN }))
      .then([wasSet({ ...DEFAULT_SALES_TERMS, paymentWindowMinutes: 45, gdprOptIn: OPT_IN })]));

  it('keeps every field the owner did not send, so two tabs saving different fields never undo each other', () =>
    given([wasSet({ ...DEFAULT_SALES_TERMS, paymentWindowMinutes: 45, gdprOptIn: OPT_IN })])
      .when(set({ preBooking: false, privacy: PRIVACY }))
      .then([wasSet({ onlinePayment: true, preBooking: false, paymentWindowMinutes: 45, gdprOptIn: OPT_IN, privacy: PRIVACY })]));

  it('removes the opt-in sent as null', () =>
    given([wasSet({ ...DEFAULT_SALES_TERMS, gdprOptIn: OPT_IN })])
      .when(set({ gdprOptIn: null }))
      .then([wasSet(DEFAULT_SALES_TERMS)]));

  it('records nothing when nothing changes, as a retried request does', () =>
    given([wasSet({ ...DEFAULT_SALES_TERMS, gdprOptIn: OPT_IN })])
      .when(set({ gdprOptIn: OPT_IN, onlinePayment: true }))
      .thenNothing());

  it('trims the texts and the link', () =>
    given([])
      .when(set({ privacy: { text: { fr: '  Vos données.  ' }, link: ' https://gite.fr/rgpd ' } }))
      .then([wasSet({ ...DEFAULT_SALES_TERMS, privacy: { text: { fr: 'Vos données.', en: null }, link: 'https://gite.fr/rgpd' } })]));

  describe('ways to book', () => {
    it('refuses turning pre-booking off while online payment is off, naming pre-booking', () =>
      given([wasSet({ ...DEFAULT_SALES_TERMS, onlinePayment: false })])
        .when(set({ preBooking: false }))
        .thenThrows(NoWayToBook, { code: 'BAD_USER_INPUT', field: 'input.preBooking', message: 'input.preBooking: online payment and pre-booking cannot both be off: guests would have no way to book' }));

    it('refuses turning online payment off while pre-booking is off, naming online payment', () =>
      given([wasSet({ ...DEFAULT_SALES_TERMS, preBooking: false })])
        .when(set({ onlinePayment: false }))
        .thenThrows(NoWayToBook, { field: 'input.onlinePayment' }));

    it('lets the owner swap one way for the other in one change', () =>
      given([wasSet({ ...DEFAULT_SALES_TERMS, preBooking: false })])
        .when(set({ onlinePayment: false, preBooking: true }))
        .then([wasSet({ ...DEFAULT_SALES_TERMS, onlinePayment: false })]));
  });

  describe('payment window', () => {
    it.each([[10], [1440], [90]])('accepts %p minutes', (paymentWindowMinutes) =>
      given([]).when(set({ paymentWindowMinutes })).then([wasSet({ ...DEFAULT_SALES_TERMS, paymentWindowMinutes })]));

    it.each([[9], [1441], [30.5], [-30]])('refuses %p minutes, naming the field', (paymentWindowMinutes) =>
      given([]).when(set({ paymentWindowMinutes })).thenThrows(InvalidInput, { code: 'BAD_USER_INPUT', field: 'input.paymentWindowMinutes', message: 'input.paymentWindowMinutes: must be a whole number of minutes from 10 to 1440 (a day)' }));

    it('keeps the window when sent as null', () => given([wasSet({ ...DEFAULT_SALES_TERMS, paymentWindowMinutes: 45 })]).when(set({ paymentWindowMinutes: null })).thenNothing());
  });

  describe('texts guests read', () => {
    it.each<[string, SalesTermsInput, string]>([
      ['an opt-in without its French text', { gdprOptIn: { text: { en: 'I agree' } } }, 'input.gdprOptIn.text.fr'],
      ['an opt-in over 5000 characters', { gdprOptIn: { text: { fr: 'a'.repeat(5001) } } }, 'input.gdprOptIn.text.fr'],
      ['a privacy text with a control character', { privacy: { text: { fr: 'Vos\u0007 données' } } }, 'input.privacy.text.fr'],
      ['a link that is not http(s)', { privacy: { text: { fr: 'Vos données' }, link: 'javascript:alert(1)' } }, 'input.privacy.link'],
      ['a link over 2000 characters', { gdprOptIn: { text: { fr: 'Oui' }, link: `https://gite.fr/${'a'.repeat(2000)}` } }, 'input.gdprOptIn.link'],
    ])('refuses %s, naming the field', (_, input, field) => given([]).when(set(input)).thenThrows(InvalidInput, { code: 'BAD_USER_INPUT', field }));

    it('keeps line breaks in a privacy text', () =>
      given([])
        .when(set({ privacy: { text: { fr: 'Responsable : M. Martin.\nDurée : 3 ans.' } } }))
        .then([wasSet({ ...DEFAULT_SALES_TERMS, privacy: { text: { fr: 'Responsable : M. Martin.\nDurée : 3 ans.', en: null }, link: null } })]));
  });

  it('keeps one stream per owner', () => expect(salesTermsStream(OWNER)).toBe('sales-terms-owner-1'));
});
