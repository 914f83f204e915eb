import type { BookingTerms, GuestBooking, PriceRow, PublicAccommodation } from './api';
import { BookingForm } from './booking-form';
import type { Selection } from './calendar-grid';
import { CalendarView } from './calendar-view';
import type { WidgetContext } from './context';
import { h, paragraphs, safeUrl } from './dom';
import { addDays, daysBetween, formatPrice, groupedRegistrationNumber, shownStars } from './format';
import { offerView, searchForm } from './search-form';

export interface AccommodationData {
  readonly accommodation: PublicAccommodation;
  readonly prices: readonly PriceRow[];
  readonly terms: BookingTerms;
}

/** Everything a guest needs about one accommodation, read at once; null when it is not shown to guests. */
export async function loadAccommodation(ctx: WidgetContext, id: string): Promise<AccommodationData | null> {
  const [accommodation, prices, terms] = await Promise.all([
    ctx.api.accommodation(id),
    // A price table covers at most 367 days: the coming year.
    ctx.api.priceTable(id, ctx.today, addDays(ctx.today, 365)),
    ctx.api.terms(id),
  ]);
  return accommodation ? { accommodation, prices, terms } : null;
}

/**
 * One accommodation: its header, price table, the search by dates, the calendar, and once a stay
 * is chosen, the booking form. A booking made replaces it all with its confirmation.
 */
export class AccommodationView {
  readonly element = h('div', { class: 'accommodation' });
  private readonly calendar: CalendarView;
  /** Null when the owner takes no booking online for it: the guest reads why instead. */
  private readonly form: BookingForm | null;
  private readonly formSlot = h('div', { hidden: true });
  private readonly searchResult = h('div', { 'aria-live': 'polite' });

  constructor(
    private readonly ctx: WidgetContext,
    private readonly data: AccommodationData,
    options: { readonly initial?: Selection; readonly back?: { label: string; go: () => void }; readonly booked: (booking: GuestBooking) => void },
  ) {
    const { accommodation, terms } = data;
    this.form = terms.bookable
      ? new BookingForm(ctx, accommodation, terms, {
          booked: (booking) => options.booked(booking),
          refused: (error) => {
            if (error.code === 'UNAVAILABLE' || error.code === 'CONFLICT') this.calendar.refresh();
          },
        })
      : null;
    this.formSlot.append(this.form ? this.form.element : h('p', { class: 'alert' }, terms.reason ?? ctx.t.bookingClosed));
    this.calendar = new CalendarView(ctx, accommodation.id, (selection) => this.onSelection(selection));
    this.element.append(
      ...(options.back ? [h('button', { type: 'button', class: 'link', onclick: options.back.go }, options.back.label)] : []),
      this.header(accommodation),
      this.priceTable(),
      searchForm(ctx, (arrival, nights) => this.search(arrival, nights)),
      this.searchResult,
      this.calendar.element,
      this.formSlot,
    );
    if (options.initial?.arrival) this.calendar.setSelection(options.initial);
  }

  private header(a: PublicAccommodation): HTMLElement {
    const { t, base } = this.ctx;
    const place = a.postalCode ? `${a.city} (${a.postalCode})` : a.city;
    const stars = shownStars(a.starRating, a.classification.status);
    const photos = a.photos
      .map((p) => ({ url: safeUrl(p.url, base), caption: p.caption }))
      .filter((p): p is { url: string; caption: string | null } => p.url !== null);
    return h(
      'header',
      {},
      h('h2', {}, a.name),
      h(
        'p',
        { class: 'muted' },
        `${place} · `,
        stars > 0 ? h('span', { class: 'stars', 'aria-hidden': 'true' }, '★'.repeat(stars), ' ') : null,
        h('span', stars > 0 ? { class: 'sr-only' } : {}, t.stars(stars)),
        ` · ${t.capacity(a.minCapacity, a.maxCapacity)}`,
      ),
      a.registrationNumber ? h('p', { class: 'muted registration' }, t.registrationNumber(groupedRegistrationNumber(a.registrationNumber))) : null,
      photos.length > 0
        ? h('ul', { class: 'photos', 'aria-label': t.photos }, ...photos.map((p) => h('li', {}, h('img', { src: p.url, alt: p.caption ?? a.name, loading: 'lazy', decoding: 'async' }))))
        : null,
      ...paragraphs(a.description),
    );
  }

  private priceTable(): HTMLElement {
    const { t, lang } = this.ctx;
    const rows = this.data.prices;
    return h(
      'section',
      { 'aria-label': t.priceTable },
      h('h3', {}, t.priceTable),
      rows.length === 0
        ? h('p', { class: 'muted' }, t.noPrices)
        : h(
            'table',
            { class: 'prices' },
            h('tbody', {}, ...rows.map((row) => h('tr', {}, h('th', { scope: 'row' }, row.label), h('td', {}, t.priceRange(formatPrice(row.min.cents, lang), formatPrice(row.max.cents, lang)))))),
          ),
    );
  }

  private async search(arrival: string, nights: number): Promise<void> {
    const offers = await this.ctx.api.search({ accommodationId: this.data.accommodation.id, arrival, nights });
    const offer = offers[0];
    if (offer?.bookable) {
      this.searchResult.replaceChildren();
      this.calendar.setSelection({ arrival: offer.arrival, departure: offer.departure }, true);
      return;
    }
    this.searchResult.replaceChildren(
      offer
        ? h('div', { class: 'panel' }, offerView(this.ctx, offer, (a, d) => this.calendar.setSelection({ arrival: a, departure: d }, true), null))
        : h('p', { class: 'alert' }, this.ctx.t.noOffers),
    );
  }

  private onSelection(selection: Selection): void {
    const { arrival, departure } = selection;
    const complete = arrival !== null && departure !== null && daysBetween(arrival, departure) > 0;
    this.formSlot.hidden = !complete;
    if (complete) {
      this.searchResult.replaceChildren();
      this.form?.setStay(arrival, departure);
    }
  }
}
