import type { Quote, QuoteInput } from './api';
import { messageOf, type WidgetContext } from './context';
import { h } from './dom';
import { formatMoney } from './format';

/** Typing is let to settle this long before the stay is priced again. */
const QUOTE_DELAY_MS = 350;

/**
 * The live quote of the booking form: total, discounts, deposit and taxe de séjour, or why the
 * stay cannot be booked, read out as it changes. Only the answer to the latest question shows.
 */
export class QuoteView {
  readonly element = h('div', { class: 'quote', 'aria-live': 'polite', 'aria-atomic': 'true' });
  private sequence = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly ctx: WidgetContext,
    private readonly priced: (quote: Quote) => void,
  ) {}

  /** Prices again once the guest stops typing. */
  later(input: () => QuoteInput | null): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.now(input()), QUOTE_DELAY_MS);
  }

  async now(input: QuoteInput | null): Promise<void> {
    clearTimeout(this.timer);
    if (!input) return;
    const sequence = ++this.sequence;
    this.element.setAttribute('aria-busy', 'true');
    this.element.replaceChildren(h('p', { class: 'muted' }, this.ctx.t.quoteLoading));
    try {
      const quote = await this.ctx.api.quote(input);
      if (sequence === this.sequence) this.show(quote);
    } catch (error) {
      if (sequence === this.sequence) this.element.replaceChildren(h('p', { class: 'alert' }, messageOf(error, this.ctx.t)));
    } finally {
      if (sequence === this.sequence) this.element.removeAttribute('aria-busy');
    }
  }

  private show(quote: Quote): void {
    const { t, lang } = this.ctx;
    const line = (label: string, cents: number, cls = '') => [h('dt', { class: cls }, label), h('dd', { class: cls }, formatMoney(cents, lang))];
    const rows = [
      ...quote.discounts.flatMap((d) => line(d.label[lang] ?? d.label.fr ?? t.discount, -d.amount.cents)),
      ...line(t.total, quote.total.cents, 'total'),
      ...line(t.deposit(quote.deposit.kind), quote.deposit.amount.cents),
      ...(quote.touristTax.cents > 0 ? line(t.touristTax, quote.touristTax.cents) : []),
    ];
    const notes = [
      quote.promoCode?.message ? h('p', { class: quote.promoCode.applied ? 'muted' : 'alert' }, quote.promoCode.message) : null,
      ...(quote.bookable ? [] : quote.reasons.map((reason) => h('p', { class: 'alert' }, reason))),
    ];
    this.element.replaceChildren(h('dl', {}, ...rows), ...notes.filter((n): n is HTMLParagraphElement => n !== null));
    this.priced(quote);
  }
}
