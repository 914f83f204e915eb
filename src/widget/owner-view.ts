import type { StayOffer } from './api';
import type { WidgetContext } from './context';
import { h } from './dom';
import type { IsoDate } from './format';
import { offerView, searchForm } from './search-form';

/**
 * All of an owner's accommodations: a search by arrival and length lists what each offers for
 * those dates; picking one opens that accommodation with the stay chosen.
 */
export class OwnerView {
  readonly element = h('div', { class: 'owner' });
  private readonly results = h('div', { 'aria-live': 'polite' });
  private readonly search: HTMLFormElement;

  constructor(
    private readonly ctx: WidgetContext,
    private readonly ownerId: string,
    private readonly open: (accommodationId: string, arrival: IsoDate, departure: IsoDate) => void,
  ) {
    this.search = searchForm(ctx, (arrival, nights) => this.find(arrival, nights));
    this.element.append(this.search, this.results);
  }

  /** Back from an accommodation: the results as they were left. */
  focusResults(): void {
    this.results.querySelector<HTMLElement>('h3')?.focus();
  }

  private async find(arrival: IsoDate, nights: number): Promise<void> {
    const { t } = this.ctx;
    const offers = await this.ctx.api.search({ ownerId: this.ownerId, arrival, nights });
    const heading = h('h3', { tabindex: -1 }, t.offers);
    this.results.replaceChildren(
      heading,
      offers.length === 0
        ? h('p', { class: 'muted' }, t.noOffers)
        : h(
            'ul',
            { class: 'offers' },
            ...sortOffers(offers).map((offer) =>
              h('li', {}, offerView(this.ctx, offer, (a, d) => this.open(offer.accommodationId, a, d), offer.accommodationName)),
            ),
          ),
    );
  }
}

/** Bookable offers first, each group by price. */
const sortOffers = (offers: readonly StayOffer[]): StayOffer[] =>
  [...offers].sort((a, b) => Number(b.bookable) - Number(a.bookable) || a.quote.total.cents - b.quote.total.cents);
