import { AccommodationView, loadAccommodation } from './accommodation-view';
import { BookingApi, type GuestBooking } from './api';
import { appAddress, returnedBooking, returnUrlFor } from './app-address';
import { BookingStatus } from './booking-status';
import { messageOf, type WidgetContext } from './context';
import { h } from './dom';
import { isIsoDate, localToday, type IsoDate } from './format';
import { langOf, TEXTS, type Lang } from './i18n';
import { OwnerView } from './owner-view';
import { STYLES } from './styles';

let sharedSheet: CSSStyleSheet | null = null;

/** One style sheet for every widget of the page where the browser adopts sheets, a `<style>` elsewhere. */
function applyStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(STYLES);
    }
    root.adoptedStyleSheets = [sharedSheet];
  } else root.append(h('style', {}, STYLES));
}

/**
 * `<osmb-booking accommodation="…" lang="fr">`: one accommodation to book (`arrival="…"
 * departure="…"` to start on a stay, `destination="…"` when a destination's marketplace sends the guest);
 * `<osmb-booking owner="…">`: a search over all of an owner's accommodations;
 * `<osmb-booking booking-token="…">`: a booking as its guest follows it.
 * `api="https://…"` names the app when the script is not loaded from it.
 */
export class OsmbBookingElement extends HTMLElement {
  static readonly observedAttributes = ['accommodation', 'owner', 'booking-token', 'lang', 'api', 'destination', 'arrival', 'departure'];
  /** The address this script was loaded from, set once by the entry point. */
  static scriptUrl: string | null = null;

  private readonly root: ShadowRoot;
  private readonly main = h('div', { class: 'main' });
  private readonly live = h('div', { class: 'sr-only', 'aria-live': 'polite' });
  private readonly frame = h('div', { class: 'root', role: 'region' }, this.main, this.live);
  private status: BookingStatus | null = null;
  private started = false;
  private returnHandled = false;
  private generation = 0;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    applyStyles(this.root);
    this.root.append(this.frame);
  }

  connectedCallback(): void {
    this.started = true;
    this.start();
  }

  disconnectedCallback(): void {
    this.started = false;
    this.status?.stop();
  }

  attributeChangedCallback(_name: string, previous: string | null, next: string | null): void {
    if (this.started && previous !== next) queueMicrotask(() => this.start());
  }

  private get key(): string {
    return this.id || this.getAttribute('accommodation') || this.getAttribute('owner') || 'osmb';
  }

  private context(lang: Lang): WidgetContext {
    const address = appAddress(this.getAttribute('api'), OsmbBookingElement.scriptUrl, window.location.href);
    return {
      api: new BookingApi(address.endpoint, lang),
      lang,
      t: TEXTS[lang],
      base: address.base,
      today: localToday(new Date()),
      returnUrl: returnUrlFor(window.location.href, this.key),
      destinationId: this.getAttribute('destination'),
      announce: (message) => {
        this.live.textContent = '';
        setTimeout(() => (this.live.textContent = message), 50);
      },
    };
  }

  private start(): void {
    this.status?.stop();
    this.status = null;
    const generation = ++this.generation;
    const lang = langOf(this.getAttribute('lang') ?? document.documentElement.lang);
    const ctx = this.context(lang);
    this.frame.setAttribute('lang', lang);
    this.frame.setAttribute('aria-label', ctx.t.widgetLabel);
    const token = this.getAttribute('booking-token') ?? (this.returnHandled ? null : returnedBooking(window.location.href, this.key, document.querySelector('osmb-booking') === this));
    this.returnHandled = true;
    const accommodation = this.getAttribute('accommodation');
    const owner = this.getAttribute('owner');
    if (token) this.run(generation, ctx, () => this.showBooking(generation, ctx, token));
    else if (accommodation) this.run(generation, ctx, () => this.showAccommodation(generation, ctx, accommodation, this.askedStay()));
    else if (owner) this.showOwner(ctx, owner);
    else this.main.replaceChildren(h('p', { class: 'alert' }, ctx.t.missingAttributes));
  }

  /** The stay the page starts on, when its `arrival` and `departure` make one. */
  private askedStay(): { arrival: IsoDate; departure: IsoDate } | null {
    const arrival = this.getAttribute('arrival') ?? '';
    const departure = this.getAttribute('departure') ?? '';
    return isIsoDate(arrival) && isIsoDate(departure) && arrival < departure ? { arrival, departure } : null;
  }

  /** Shows "loading", runs the step, and on failure the server's message with a way to try again. */
  private run(generation: number, ctx: WidgetContext, step: () => Promise<void>): void {
    this.main.replaceChildren(h('p', { class: 'muted', 'aria-busy': 'true' }, ctx.t.loading));
    step().catch((error: unknown) => {
      if (generation !== this.generation) return;
      this.main.replaceChildren(h('p', { class: 'alert', role: 'alert' }, messageOf(error, ctx.t)), h('button', { type: 'button', onclick: () => this.run(generation, ctx, step) }, ctx.t.retry));
    });
  }

  private async showBooking(generation: number, ctx: WidgetContext, token: string): Promise<void> {
    const booking = await ctx.api.guestBooking(token);
    if (generation !== this.generation) return;
    if (!booking) {
      this.main.replaceChildren(h('p', { class: 'alert', role: 'alert' }, ctx.t.bookingNotFound));
      return;
    }
    // The guest's page speaks the language the guest booked in, unless the page says otherwise.
    const lang = this.hasAttribute('lang') ? ctx.lang : langOf(booking.lang);
    this.showStatus(lang === ctx.lang ? ctx : this.context(lang), booking);
  }

  private showStatus(ctx: WidgetContext, booking: GuestBooking): void {
    this.frame.setAttribute('lang', ctx.lang);
    const bookAgain = this.hasAttribute('accommodation') || this.hasAttribute('owner');
    this.status = new BookingStatus(ctx, booking, bookAgain ? () => this.start() : null);
    this.main.replaceChildren(this.status.element);
  }

  private async showAccommodation(generation: number, ctx: WidgetContext, id: string, stay: { arrival: IsoDate; departure: IsoDate; back?: () => void } | null): Promise<void> {
    const data = await loadAccommodation(ctx, id);
    if (generation !== this.generation) return;
    if (!data) {
      this.main.replaceChildren(h('p', { class: 'alert' }, ctx.t.notFound));
      return;
    }
    const view = new AccommodationView(ctx, data, {
      initial: stay ? { arrival: stay.arrival, departure: stay.departure } : undefined,
      back: stay?.back ? { label: ctx.t.backToOffers, go: stay.back } : undefined,
      booked: (booking) => this.showStatus(ctx, booking),
    });
    this.main.replaceChildren(view.element);
  }

  private showOwner(ctx: WidgetContext, ownerId: string): void {
    const owner: OwnerView = new OwnerView(ctx, ownerId, (accommodationId, arrival, departure) => {
      const generation = this.generation;
      const back = () => {
        this.main.replaceChildren(owner.element);
        owner.focusResults();
      };
      this.run(generation, ctx, () => this.showAccommodation(generation, ctx, accommodationId, { arrival, departure, back }));
    });
    this.main.replaceChildren(owner.element);
  }
}
