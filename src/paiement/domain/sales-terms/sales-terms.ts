import { InvalidInput } from '../../../shared/kernel/errors';
import { frenchFirstText, type LocalizedText, type LocalizedTextInput } from '../../../shared/kernel/localized-text';
import { TEXT_LIMITS } from '../../../shared/kernel/text';
import { httpUrl } from '../../../shared/kernel/url';

/** An owner-written text a guest reads before booking, with the page that says more. */
export interface LinkedText {
  readonly text: LocalizedText;
  readonly link: string | null;
}

/**
 * How an owner sells online ("Modalités de vente"), as they set it: the provider that takes the
 * money is connected apart (`payment-provider-<ownerId>`), since its secrets are kept apart.
 */
export interface SalesTermsSetting {
  readonly onlinePayment: boolean;
  readonly preBooking: boolean;
  readonly paymentWindowMinutes: number;
  readonly gdprOptIn: LinkedText | null;
  readonly privacy: LinkedText | null;
}

/**
 * What an owner who set nothing gets: both ways of booking offered (online payment works once a
 * provider is connected), and the nights held half an hour for a guest paying online.
 */
export const DEFAULT_SALES_TERMS: SalesTermsSetting = {
  onlinePayment: true,
  preBooking: true,
  paymentWindowMinutes: 30,
  gdprOptIn: null,
  privacy: null,
};

/**
 * Ten minutes is about the least a guest needs to type a card and pass 3-D Secure; past a day,
 * nights held for a payment that never comes are nights lost to other guests.
 */
export const PAYMENT_WINDOW_MINUTES = { min: 10, max: 1440 } as const;

const MAX_LINK_LENGTH = 2000;

export interface LinkedTextInput {
  readonly text: LocalizedTextInput;
  readonly link?: string | null;
}

/** Left out (undefined, or null for a flag or a number) keeps what was set; null clears a text. */
export interface SalesTermsInput {
  readonly onlinePayment?: boolean | null;
  readonly preBooking?: boolean | null;
  readonly paymentWindowMinutes?: number | null;
  readonly gdprOptIn?: LinkedTextInput | null;
  readonly privacy?: LinkedTextInput | null;
}

/** A guest could neither pay nor pre-book: the booking engine would offer nothing. */
export class NoWayToBook extends InvalidInput {
  constructor(field: string) {
    super(field, 'online payment and pre-booking cannot both be off: guests would have no way to book');
  }
}

/**
 * The owner's terms once `input` is applied to `current`, each field checked and the first at
 * fault named under `prefix`.
 */
export function parseSalesTerms(prefix: string, input: SalesTermsInput, current: SalesTermsSetting): SalesTermsSetting {
  const at = (field: string) => `${prefix}.${field}`;
  const terms: SalesTermsSetting = {
    onlinePayment: input.onlinePayment ?? current.onlinePayment,
    preBooking: input.preBooking ?? current.preBooking,
    paymentWindowMinutes: input.paymentWindowMinutes == null ? current.paymentWindowMinutes : paymentWindow(at('paymentWindowMinutes'), input.paymentWindowMinutes),
    gdprOptIn: input.gdprOptIn === undefined ? current.gdprOptIn : linkedText(at('gdprOptIn'), input.gdprOptIn),
    privacy: input.privacy === undefined ? current.privacy : linkedText(at('privacy'), input.privacy),
  };
  // Named after the switch the owner just turned off, so the form points at what they touched.
  if (!terms.onlinePayment && !terms.preBooking) throw new NoWayToBook(at(input.preBooking === false ? 'preBooking' : 'onlinePayment'));
  return terms;
}

function paymentWindow(field: string, minutes: number): number {
  const { min, max } = PAYMENT_WINDOW_MINUTES;
  if (!Number.isInteger(minutes) || minutes < min || minutes > max) throw new InvalidInput(field, `must be a whole number of minutes from ${min} to ${max} (a day)`);
  return minutes;
}

function linkedText(field: string, input: LinkedTextInput | null): LinkedText | null {
  if (input === null) return null;
  return {
    text: frenchFirstText(`${field}.text`, input.text, TEXT_LIMITS.long, { multiline: true }),
    link: httpUrl(`${field}.link`, input.link, MAX_LINK_LENGTH),
  };
}
