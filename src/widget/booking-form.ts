import { ApiError, type BookingTerms, type BookStayInput, type GuestBooking, type GuestDetails, type PublicAccommodation, type QuoteInput } from './api';
import { messageOf, type WidgetContext } from './context';
import { externalLink, h, paragraphs, randomKey, safeUrl, uid } from './dom';
import { daysBetween, formatMoney, longDate, type IsoDate } from './format';
import type { Texts } from './i18n';
import { QuoteView } from './quote-view';

type GuestField = keyof GuestDetails;

interface FieldSpec {
  readonly name: GuestField;
  readonly label: (t: Texts) => string;
  readonly type: 'text' | 'email' | 'tel';
  readonly autocomplete: string;
  readonly required: boolean;
}

const GUEST_FIELDS: readonly FieldSpec[] = [
  { name: 'lastName', label: (t) => t.lastName, type: 'text', autocomplete: 'family-name', required: true },
  { name: 'firstName', label: (t) => t.firstName, type: 'text', autocomplete: 'given-name', required: true },
  { name: 'email', label: (t) => t.email, type: 'email', autocomplete: 'email', required: true },
  { name: 'phone1', label: (t) => t.phone, type: 'tel', autocomplete: 'tel', required: true },
  { name: 'address', label: (t) => t.address, type: 'text', autocomplete: 'street-address', required: false },
  { name: 'postalCode', label: (t) => t.postalCode, type: 'text', autocomplete: 'postal-code', required: false },
  { name: 'city', label: (t) => t.city, type: 'text', autocomplete: 'address-level2', required: false },
  { name: 'country', label: (t) => t.country, type: 'text', autocomplete: 'country-name', required: false },
];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The booking form of a chosen stay: occupants per age range, optional supplements, a promo
 * code, the guest's details, the owner's terms, the opt-in and the privacy information, the live
 * quote, then paying the deposit online or pre-booking, as the owner's terms offer them (the
 * form is made only for an accommodation bookable online).
 */
export class BookingForm {
  readonly element: HTMLFormElement;
  private stay: { arrival: IsoDate; departure: IsoDate } | null = null;
  private readonly stayText = h('p', { class: 'stay-dates' });
  private readonly occupants = new Map<string, HTMLInputElement>();
  private readonly supplements = new Map<string, HTMLInputElement>();
  private readonly fields = new Map<string, { input: HTMLInputElement; error: HTMLElement }>();
  private readonly promo: HTMLInputElement;
  private readonly honeypot: HTMLInputElement;
  private readonly marketing: HTMLInputElement | null = null;
  private readonly quote: QuoteView;
  private readonly alert = h('div', { class: 'alert', role: 'alert' });
  private readonly status = h('p', { class: 'muted', 'aria-live': 'polite' });
  private readonly buttons: HTMLButtonElement[] = [];
  private readonly payButton: HTMLButtonElement | null = null;
  private pending: { payload: string; key: string } | null = null;
  private sending = false;

  constructor(
    private readonly ctx: WidgetContext,
    private readonly accommodation: PublicAccommodation,
    terms: BookingTerms,
    private readonly events: { booked(booking: GuestBooking): void; refused(error: ApiError): void },
  ) {
    const { t } = ctx;
    this.quote = new QuoteView(ctx, (quote) => {
      if (this.payButton) this.payButton.textContent = quote.deposit.kind === 'ARRHES' ? t.payArrhes : t.payDeposit;
    });
    const title = h('h3', { id: uid('osmb-form-title') }, t.booking);
    this.promo = this.input('promoCode', 'text', 'off');
    this.honeypot = h('input', { type: 'text', id: uid('osmb-website'), name: 'website', tabindex: -1, autocomplete: 'off' });
    const acceptTerms = this.checkbox('acceptTerms', t.acceptTerms, true);
    const parts: (Node | null)[] = [
      title,
      this.stayText,
      this.occupantsFieldset(),
      this.supplementsFieldset(),
      h('div', { class: 'field' }, h('label', { for: this.promo.id }, t.promoCode), this.promo),
      this.guestFieldset(),
      h('div', { class: 'honeypot', 'aria-hidden': 'true' }, h('label', { for: this.honeypot.id }, t.honeypot), this.honeypot),
      h(
        'section',
        { class: 'panel', 'aria-label': t.terms },
        h('h4', {}, t.terms),
        terms.termsText ? h('div', { class: 'terms-text', tabindex: 0, role: 'region', 'aria-label': t.terms }, ...paragraphs(terms.termsText)) : h('p', {}, t.noTerms),
        acceptTerms,
      ),
    ];
    if (terms.gdprOptIn) {
      const optIn = this.checkbox('marketingConsent', terms.gdprOptIn.text, false, safeUrl(terms.gdprOptIn.link, ctx.base));
      this.marketing = optIn.querySelector('input');
      parts.push(h('section', { class: 'panel', 'aria-label': t.marketing }, optIn));
    }
    if (terms.privacy) {
      const link = safeUrl(terms.privacy.link, ctx.base);
      parts.push(h('section', { class: 'panel', 'aria-label': t.privacy }, h('h4', {}, t.privacy), ...paragraphs(terms.privacy.text), link ? h('p', {}, externalLink(link, t.moreInfo)) : null));
    }
    parts.push(h('h4', {}, t.quote), this.quote.element, this.alert);
    const actions = h('div', { class: 'actions' });
    if (terms.onlinePayment) {
      this.payButton = h('button', { type: 'submit', class: 'primary', 'data-pay': 'true' }, t.payDeposit);
      actions.append(this.payButton);
    }
    if (terms.preBooking) actions.append(h('button', { type: 'submit', class: terms.onlinePayment ? '' : 'primary', 'data-pay': 'false' }, t.preBook));
    if (actions.childElementCount === 0) parts.push(h('p', { class: 'alert' }, terms.reason ?? t.bookingClosed));
    this.buttons = [...actions.querySelectorAll('button')];
    parts.push(actions, this.status);
    this.element = h('form', { class: 'booking-form', novalidate: true, 'aria-labelledby': title.id }, ...parts);
    this.element.addEventListener('input', (event) => this.onInput(event));
    this.element.addEventListener('submit', (event) => void this.onSubmit(event));
  }

  setStay(arrival: IsoDate, departure: IsoDate): void {
    const { t, lang } = this.ctx;
    this.stay = { arrival, departure };
    this.stayText.textContent = `${t.stayDates(longDate(arrival, lang), longDate(departure, lang))} (${t.nights(daysBetween(arrival, departure))})`;
    this.alert.textContent = '';
    void this.quote.now(this.quoteInput());
  }

  private input(name: string, type: string, autocomplete: string, required = false): HTMLInputElement {
    return h('input', { type, id: uid(`osmb-${name}`), name, autocomplete, required, 'aria-required': required ? 'true' : null });
  }

  private checkbox(name: string, text: string, required: boolean, link: string | null = null): HTMLElement {
    const input = this.input(name, 'checkbox', 'off', required);
    const error = h('p', { class: 'field-error', id: uid(`osmb-${name}-error`) });
    this.fields.set(name, { input, error });
    return h('div', {}, h('div', { class: 'check' }, input, h('label', { for: input.id }, text, link ? ' ' : null, link ? externalLink(link, this.ctx.t.moreInfo) : null)), error);
  }

  private occupantsFieldset(): HTMLFieldSetElement {
    const { t } = this.ctx;
    const { ageRanges, minCapacity, maxCapacity } = this.accommodation;
    return h(
      'fieldset',
      {},
      h('legend', {}, t.occupants),
      h(
        'div',
        { class: 'grid' },
        ...ageRanges.map((range, index) => {
          const input = this.input(`occupants-${range.id}`, 'number', 'off');
          input.min = '0';
          input.max = String(Math.max(maxCapacity, 1) * 2);
          input.inputMode = 'numeric';
          input.value = index === 0 ? String(Math.min(Math.max(2, minCapacity), maxCapacity)) : '0';
          input.dataset.quote = '';
          this.occupants.set(range.id, input);
          return h('div', { class: 'field' }, h('label', { for: input.id }, t.ageRange(range.label, range.minAge, range.maxAge)), input);
        }),
      ),
    );
  }

  private supplementsFieldset(): HTMLFieldSetElement | null {
    const { t, lang } = this.ctx;
    const { supplements } = this.accommodation;
    if (supplements.length === 0) return null;
    return h(
      'fieldset',
      {},
      h('legend', {}, t.supplements),
      ...supplements.map((s) => {
        const text = `${s.name} — ${formatMoney(s.price.cents, lang)} ${t.supplementUnit[s.unit]}`;
        if (s.mandatory) return h('p', { class: 'muted' }, text);
        const input = this.input(`supplement-${s.id}`, 'checkbox', 'off');
        input.dataset.quote = '';
        this.supplements.set(s.id, input);
        return h('div', { class: 'check' }, input, h('label', { for: input.id }, text));
      }),
    );
  }

  private guestFieldset(): HTMLFieldSetElement {
    const { t } = this.ctx;
    return h(
      'fieldset',
      {},
      h('legend', {}, t.guest),
      h(
        'div',
        { class: 'grid' },
        ...GUEST_FIELDS.map((spec) => {
          const input = this.input(spec.name, spec.type, spec.autocomplete, spec.required);
          const error = h('p', { class: 'field-error', id: uid(`osmb-${spec.name}-error`) });
          this.fields.set(`guest.${spec.name}`, { input, error });
          const label = h('label', { for: input.id }, spec.label(t), spec.required ? h('span', { 'aria-hidden': 'true' }, ' *') : null);
          return h('div', { class: 'field' }, label, input, error);
        }),
      ),
    );
  }

  private onInput(event: Event): void {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.getAttribute('aria-invalid') === 'true') this.markField(target, null);
    if (target === this.promo || (target instanceof HTMLElement && target.dataset.quote !== undefined)) {
      this.quote.later(() => this.quoteInput());
    }
  }

  private quoteInput(): QuoteInput | null {
    if (!this.stay) return null;
    const occupants = [...this.occupants].map(([ageRangeId, input]) => ({ ageRangeId, count: Math.max(0, Math.floor(Number(input.value) || 0)) })).filter((o) => o.count > 0);
    const optionalSupplementIds = [...this.supplements].filter(([, input]) => input.checked).map(([id]) => id);
    const promoCode = this.promo.value.trim();
    return { accommodationId: this.accommodation.id, ...this.stay, occupants, optionalSupplementIds, promoCode: promoCode === '' ? null : promoCode };
  }

  /** Checks what the browser can check, marking each field at fault; true when all is well. */
  private validate(): boolean {
    const { t } = this.ctx;
    const faults: HTMLInputElement[] = [];
    for (const [name, { input }] of this.fields) {
      const empty = input.type === 'checkbox' ? !input.checked : input.value.trim() === '';
      let message: string | null = null;
      if (input.required && empty) message = name === 'acceptTerms' ? t.termsRequired : t.fieldRequired;
      else if (input.type === 'email' && !empty && !EMAIL.test(input.value.trim())) message = t.emailInvalid;
      this.markField(input, message);
      if (message) faults.push(input);
    }
    if (faults.length > 0) {
      this.alert.textContent = t.fixFields(faults.length);
      faults.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      faults[0].focus();
    }
    return faults.length === 0;
  }

  private markField(input: HTMLInputElement, message: string | null): void {
    const entry = [...this.fields.values()].find((f) => f.input === input);
    if (!entry) return;
    entry.error.textContent = message ?? '';
    if (message) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', entry.error.id);
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  }

  private bookingInput(payOnline: boolean): BookStayInput | null {
    const quote = this.quoteInput();
    if (!quote) return null;
    const value = (name: GuestField): string | null => this.fields.get(`guest.${name}`)?.input.value.trim() || null;
    const guest: GuestDetails = {
      lastName: value('lastName') ?? '',
      firstName: value('firstName'),
      email: value('email') ?? '',
      phone1: value('phone1'),
      address: value('address'),
      postalCode: value('postalCode'),
      city: value('city'),
      country: value('country'),
    };
    return {
      ...quote,
      guest,
      acceptTerms: this.fields.get('acceptTerms')?.input.checked ?? false,
      marketingConsent: this.marketing?.checked ?? false,
      payOnline,
      returnUrl: this.ctx.returnUrl,
      website: this.honeypot.value,
      destinationId: this.ctx.destinationId,
    };
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const { t } = this.ctx;
    const payOnline = event.submitter instanceof HTMLElement ? event.submitter.dataset.pay === 'true' : this.payButton !== null;
    this.alert.textContent = '';
    if (!this.validate()) return;
    const input = this.bookingInput(payOnline);
    if (!input) return;
    // The same booking sent again (its answer was lost) keeps its key, so it is booked once.
    const payload = JSON.stringify(input);
    if (this.pending?.payload !== payload) this.pending = { payload, key: randomKey() };
    this.setSending(true, t.sending);
    try {
      const booking = await this.ctx.api.bookStay(input, this.pending.key);
      const paymentUrl = safeUrl(booking.paymentUrl, this.ctx.base);
      if (payOnline && paymentUrl) {
        this.setSending(true, t.redirecting);
        window.location.assign(paymentUrl);
        return;
      }
      this.setSending(false);
      this.events.booked(booking);
    } catch (error) {
      this.setSending(false);
      this.alert.textContent = messageOf(error, t);
      if (error instanceof ApiError) {
        const field = error.field ? this.fields.get(error.field.replace(/^input\./, '')) : undefined;
        if (field) this.markField(field.input, error.message);
        if (error.code !== 'NETWORK') this.pending = null;
        this.events.refused(error);
      }
    }
  }

  private setSending(sending: boolean, text = ''): void {
    this.sending = sending;
    for (const button of this.buttons) button.disabled = sending;
    this.status.textContent = text;
  }
}
