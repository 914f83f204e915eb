import type { GuestBooking } from './api';
import { messageOf, type WidgetContext } from './context';
import { externalLink, h, safeUrl } from './dom';
import { dateTime, formatMoney, longDate } from './format';

/** While a payment is being settled, the page asks again this often, this many times. */
const POLL_MS = 2_000;
const POLLS = 45;

/**
 * A booking as its guest follows it: the confirmation after booking, the page the payment sends
 * the guest back to, and the guest's own page. A payment in progress is asked about again until
 * it is settled (the payment provider tells the app a moment after the guest comes back).
 */
export class BookingStatus {
  readonly element = h('section', { class: 'status' });
  private polls = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly ctx: WidgetContext,
    private booking: GuestBooking,
    private readonly again: (() => void) | null,
  ) {
    this.render(true);
    this.schedule();
  }

  /** Stops asking: the widget left the page. */
  stop(): void {
    clearTimeout(this.timer);
  }

  private schedule(): void {
    const { status, number } = this.booking;
    // Paid or pre-booked, the file opens (and gets its number) a moment later.
    const settling = status === 'PENDING_PAYMENT' || (number === null && (status === 'CONFIRMED' || status === 'OPTION' || status === 'PAID'));
    if (!settling || this.polls >= POLLS) return;
    this.timer = setTimeout(() => void this.poll(), POLL_MS);
  }

  private async poll(): Promise<void> {
    this.polls += 1;
    try {
      const fresh = await this.ctx.api.guestBooking(this.booking.guestToken);
      if (fresh && (fresh.status !== this.booking.status || fresh.number !== this.booking.number)) {
        const changed = fresh.status !== this.booking.status;
        this.booking = fresh;
        this.render(false);
        if (changed) this.ctx.announce(this.ctx.t.status[fresh.status]);
      }
    } catch (error) {
      this.ctx.announce(messageOf(error, this.ctx.t));
    }
    this.schedule();
  }

  private render(first: boolean): void {
    const { t, lang, base } = this.ctx;
    const b = this.booking;
    const good = b.status === 'CONFIRMED' || b.status === 'PAID' || b.status === 'OPTION';
    const heading = h('h3', { tabindex: -1 }, t.status[b.status]);
    const row = (label: string, value: string) => [h('dt', {}, label), h('dd', {}, value)];
    const details = h(
      'dl',
      {},
      ...(b.number !== null ? row(t.bookingNumber, String(b.number)) : []),
      ...row(t.accommodation, b.accommodationName),
      ...row(t.stay, t.stayDates(longDate(b.arrival, lang), longDate(b.departure, lang))),
      ...row(t.total, formatMoney(b.total.cents, lang)),
      ...(b.depositDue.cents > 0 ? row(t.depositDue, formatMoney(b.depositDue.cents, lang)) : []),
      ...row(t.paid, formatMoney(b.paid.cents, lang)),
      ...row(t.balance, formatMoney(b.balance.cents, lang)),
    );
    const paymentUrl = b.status === 'PENDING_PAYMENT' ? safeUrl(b.paymentUrl, base) : null;
    const guestPage = safeUrl(b.guestPageUrl, base);
    const onGuestPage = guestPage !== null && window.location.href.split(/[?#]/)[0] === guestPage;
    const documentUrl = safeUrl(b.documentUrl, base);
    const links = h(
      'div',
      { class: 'actions' },
      paymentUrl ? h('a', { href: paymentUrl }, t.resumePayment) : null,
      guestPage && !onGuestPage ? externalLink(guestPage, t.guestPage) : null,
      documentUrl ? externalLink(documentUrl, t.document) : null,
      this.again ? h('button', { type: 'button', onclick: () => this.again?.() }, t.newBooking) : null,
    );
    this.element.replaceChildren(
      heading,
      h('p', { class: good ? 'success' : b.status === 'PENDING_PAYMENT' ? 'muted' : 'alert' }, t.statusText[b.status]),
      b.status === 'PENDING_PAYMENT' && b.expiresAt ? h('p', {}, t.payBefore(dateTime(b.expiresAt, lang))) : '',
      details,
      links,
    );
    if (first) queueMicrotask(() => heading.focus());
  }
}
