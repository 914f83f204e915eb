import type { StayOffer } from './api';
import { messageOf, type WidgetContext } from './context';
import { h, uid } from './dom';
import { addDays, formatMoney, isIsoDate, longDate, type IsoDate } from './format';

const LENGTHS = [1, 2, 3, 4, 5, 6, 7, 10, 14, 21, 28];

/** The next Saturday after the day: French holiday rentals are mostly let from Saturday to Saturday. */
function nextSaturday(day: IsoDate): IsoDate {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, ((6 - weekday + 7) % 7) || 7);
}

/** The search by arrival and length of stay; its answers are shown by whoever asked. */
export function searchForm(ctx: WidgetContext, search: (arrival: IsoDate, nights: number) => Promise<void>): HTMLFormElement {
  const { t } = ctx;
  const arrival = h('input', { type: 'date', id: uid('osmb-arrival'), name: 'arrival', required: true, min: ctx.today, value: nextSaturday(ctx.today) });
  const nights = h('select', { id: uid('osmb-nights'), name: 'nights' }, ...LENGTHS.map((n) => h('option', { value: n, selected: n === 7 }, t.nights(n))));
  const button = h('button', { type: 'submit', class: 'primary' }, t.searchButton);
  const error = h('p', { class: 'alert', role: 'alert' });
  const form = h(
    'form',
    { class: 'panel', role: 'search', 'aria-label': t.search, novalidate: true },
    h('h3', {}, t.search),
    h(
      'div',
      { class: 'search' },
      h('div', { class: 'field' }, h('label', { for: arrival.id }, t.arrival), arrival),
      h('div', { class: 'field' }, h('label', { for: nights.id }, t.length), nights),
      button,
    ),
    error,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.textContent = '';
    if (!isIsoDate(arrival.value)) {
      arrival.setAttribute('aria-invalid', 'true');
      error.textContent = t.fieldRequired;
      arrival.focus();
      return;
    }
    arrival.removeAttribute('aria-invalid');
    button.disabled = true;
    button.textContent = t.searching;
    search(arrival.value, Number(nights.value))
      .catch((failure: unknown) => {
        error.textContent = messageOf(failure, t);
      })
      .finally(() => {
        button.disabled = false;
        button.textContent = t.searchButton;
      });
  });
  return form;
}

/** One offer of a search: its dates and price, why it cannot be booked, and the nearest dates that can. */
export function offerView(ctx: WidgetContext, offer: StayOffer, pick: (arrival: IsoDate, departure: IsoDate) => void, title: string | null): HTMLElement {
  const { t, lang } = ctx;
  const dates = `${t.stayDates(longDate(offer.arrival, lang), longDate(offer.departure, lang))} (${t.nights(offer.nights)})`;
  const parts: (Node | null)[] = [title ? h('h4', {}, title) : null, h('p', {}, dates)];
  if (offer.bookable) {
    parts.push(
      h('p', {}, h('strong', {}, formatMoney(offer.quote.total.cents, lang))),
      h('button', { type: 'button', class: 'primary', 'aria-label': t.chooseOffer(title ?? dates), onclick: () => pick(offer.arrival, offer.departure) }, t.choose),
    );
  } else {
    parts.push(h('p', { class: 'alert' }, t.notBookable), ...offer.quote.reasons.map((reason) => h('p', { class: 'muted' }, reason)));
    if (offer.nearestArrivals.length > 0) {
      parts.push(
        h('p', {}, t.nearestArrivals),
        h(
          'div',
          { class: 'actions' },
          ...offer.nearestArrivals.map((near) =>
            h(
              'button',
              { type: 'button', onclick: () => pick(near.arrival, near.departure) },
              `${t.stayDates(longDate(near.arrival, lang), longDate(near.departure, lang))}${near.total ? ` — ${formatMoney(near.total.cents, lang)}` : ''}`,
            ),
          ),
        ),
      );
    }
  }
  return h('div', { class: 'offer' }, ...parts);
}
