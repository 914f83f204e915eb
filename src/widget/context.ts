import { ApiError, type BookingApi } from './api';
import type { IsoDate } from './format';
import type { Lang, Texts } from './i18n';

/** What every part of one widget shares. */
export interface WidgetContext {
  readonly api: BookingApi;
  readonly lang: Lang;
  readonly t: Texts;
  /** The app's address, which relative addresses in answers (photos, pages) are resolved against. */
  readonly base: string;
  /** The guest's calendar day when the widget started. */
  readonly today: IsoDate;
  /** Where the payment page sends the guest back to: this page, naming this widget. */
  readonly returnUrl: string;
  /** The destination whose marketplace the guest books through (`destination="…"`); null on an owner's own site. */
  readonly destinationId: string | null;
  /** Said by screen readers without moving the focus. */
  announce(message: string): void;
}

/**
 * The server's message for a refusal (in the guest's language when it has one); ours for a
 * service that does not answer or fails, whose own message is for its operators.
 */
export function messageOf(error: unknown, t: Texts): string {
  const refusal = error instanceof ApiError && error.message !== '' && error.code !== 'NETWORK' && error.code !== 'INTERNAL_SERVER_ERROR';
  return refusal ? error.message : t.loadFailed;
}
