import {
  choose,
  compareMonths,
  monthGrid,
  monthOf,
  monthRange,
  moveDay,
  NO_SELECTION,
  selectable,
  shiftMonth,
  type DayInfo,
  type DayState,
  type Month,
  type Selection,
} from './calendar-grid';
import { messageOf, type WidgetContext } from './context';
import { h, uid } from './dom';
import { daysBetween, longDate, monthTitle, weekdayNames, type IsoDate } from './format';

/** Guests look up to two years ahead; rates are rarely set further. */
const MONTHS_AHEAD = 24;

const STATES: readonly DayState[] = ['AVAILABLE', 'UNAVAILABLE', 'OPTION', 'UNKNOWN'];

/**
 * The availability calendar, a month at a time: a grid whose days are buttons, one of them in
 * the tab order (arrow keys, Home/End and Page Up/Down move it, across months too), a click or
 * Enter choosing the arrival, then the departure.
 */
export class CalendarView {
  readonly element: HTMLElement;
  private readonly days = new Map<IsoDate, DayInfo>();
  private readonly loading = new Map<string, Promise<void>>();
  private month: Month;
  private focused: IsoDate;
  private selection: Selection = NO_SELECTION;
  private readonly title = h('h4', { id: uid('osmb-month') });
  private readonly table: HTMLTableElement;
  private readonly body = h('tbody');
  private readonly previous: HTMLButtonElement;
  private readonly next: HTMLButtonElement;
  private readonly summary = h('p', { class: 'muted' });
  private readonly clear: HTMLButtonElement;
  private readonly error = h('p', { class: 'alert', role: 'alert' });

  constructor(
    private readonly ctx: WidgetContext,
    private readonly accommodationId: string,
    private readonly onChange: (selection: Selection) => void,
  ) {
    const { t } = ctx;
    this.month = monthOf(ctx.today);
    this.focused = ctx.today;
    const help = h('p', { id: uid('osmb-calendar-help'), class: 'muted' }, t.calendarHelp);
    this.previous = h('button', { type: 'button', 'aria-label': t.previousMonth, onclick: () => void this.show(shiftMonth(this.month, -1)) }, '‹');
    this.next = h('button', { type: 'button', 'aria-label': t.nextMonth, onclick: () => void this.show(shiftMonth(this.month, 1)) }, '›');
    const names = weekdayNames(ctx.lang);
    this.table = h(
      'table',
      { class: 'calendar', role: 'grid', 'aria-labelledby': this.title.id, 'aria-describedby': help.id },
      h('thead', {}, h('tr', {}, ...names.map((n) => h('th', { scope: 'col', abbr: n.long }, h('span', { 'aria-hidden': 'true' }, n.short), h('span', { class: 'sr-only' }, n.long))))),
      this.body,
    );
    this.table.addEventListener('keydown', (event) => this.onKey(event));
    this.clear = h('button', { type: 'button', class: 'link', hidden: true, onclick: () => this.setSelection(NO_SELECTION, true) }, t.clearSelection);
    const legend = h(
      'ul',
      { class: 'legend', 'aria-label': t.legend },
      ...STATES.map((state) => h('li', {}, h('span', { class: `day ${state}`, 'aria-hidden': 'true' }), t.state[state])),
    );
    this.element = h(
      'section',
      { class: 'calendar-section', 'aria-label': t.calendar },
      h('h3', {}, t.calendar),
      help,
      h('div', { class: 'calendar-nav' }, this.previous, this.title, this.next),
      this.table,
      legend,
      this.error,
      h('div', { class: 'selection' }, this.summary, this.clear),
    );
    void this.show(this.month);
  }

  /** A stay chosen elsewhere (the search): shown, and its month displayed. */
  setSelection(selection: Selection, announce = false): void {
    this.selection = selection;
    if (selection.arrival) {
      this.focused = selection.arrival;
      void this.show(monthOf(selection.arrival));
    } else this.render(announce);
    this.describe(announce);
    this.onChange(selection);
  }

  /** Forgets what it knew of the nights (a booking just took some) and reads the month again. */
  refresh(): void {
    this.days.clear();
    this.loading.clear();
    void this.show(this.month);
  }

  private async show(month: Month, focus: IsoDate | null = null, takeFocus = false): Promise<void> {
    const first = monthOf(this.ctx.today);
    const last = shiftMonth(first, MONTHS_AHEAD);
    if (compareMonths(month, first) < 0 || compareMonths(month, last) > 0) return;
    this.month = month;
    const { from } = monthRange(month);
    if (focus) this.focused = focus;
    else if (monthOf(this.focused).year !== month.year || monthOf(this.focused).month !== month.month) {
      this.focused = this.ctx.today > from ? this.ctx.today : from;
    }
    this.render(takeFocus);
    await this.load(month);
    if (this.month === month) this.render(takeFocus || this.hasFocus());
  }

  private load(month: Month): Promise<void> {
    const { from, to } = monthRange(month);
    let pending = this.loading.get(from);
    if (!pending) {
      this.table.setAttribute('aria-busy', 'true');
      pending = this.ctx.api.availability(this.accommodationId, from, to).then(
        (days) => {
          for (const { date, ...info } of days) this.days.set(date, info);
          this.error.textContent = '';
        },
        (error: unknown) => {
          this.loading.delete(from);
          this.error.textContent = messageOf(error, this.ctx.t);
        },
      );
      this.loading.set(from, pending);
    }
    return pending.finally(() => this.table.removeAttribute('aria-busy'));
  }

  private hasFocus(): boolean {
    const root = this.element.getRootNode();
    return root instanceof ShadowRoot && root.activeElement !== null && this.table.contains(root.activeElement);
  }

  private render(takeFocus: boolean): void {
    const { t, lang } = this.ctx;
    const info = (day: IsoDate) => this.days.get(day);
    const first = monthOf(this.ctx.today);
    this.title.textContent = monthTitle(this.month.year, this.month.month, lang);
    this.previous.disabled = compareMonths(this.month, first) <= 0;
    this.next.disabled = compareMonths(this.month, shiftMonth(first, MONTHS_AHEAD)) >= 0;
    const { arrival, departure } = this.selection;
    const rows = monthGrid(this.month).map((week) =>
      h(
        'tr',
        {},
        ...week.map((day) => {
          if (!day) return h('td');
          const known = info(day);
          const state = known?.state ?? 'UNKNOWN';
          const chosen = day === arrival || day === departure;
          const inRange = arrival !== null && departure !== null && day > arrival && day < departure;
          const labels = [longDate(day, lang), t.state[state]];
          if (known?.arrivalAllowed) labels.push(t.arrivalPossible);
          else if (arrival && !departure && selectable(this.selection, day, info)) labels.push(t.departurePossible);
          if (day === arrival) labels.push(t.selectedArrival);
          if (day === departure) labels.push(t.selectedDeparture);
          if (inRange) labels.push(t.inStay);
          const classes = ['day', state, known?.arrivalAllowed ? 'arrival-ok' : '', chosen ? 'chosen' : '', inRange ? 'in-range' : ''];
          return h(
            'td',
            {},
            h(
              'button',
              {
                type: 'button',
                class: classes.filter(Boolean).join(' '),
                'data-day': day,
                tabindex: day === this.focused ? 0 : -1,
                'aria-label': labels.join(', '),
                'aria-pressed': chosen ? 'true' : 'false',
                'aria-disabled': selectable(this.selection, day, info) ? 'false' : 'true',
                onclick: () => this.pick(day),
              },
              String(Number(day.slice(8))),
            ),
          );
        }),
      ),
    );
    this.body.replaceChildren(...rows);
    if (takeFocus) this.body.querySelector<HTMLButtonElement>(`[data-day="${this.focused}"]`)?.focus();
  }

  private pick(day: IsoDate): void {
    this.focused = day;
    const next = choose(this.selection, day, (d) => this.days.get(d));
    if (next === this.selection) return;
    this.selection = next;
    this.render(true);
    this.describe(true);
    this.onChange(next);
  }

  private describe(announce: boolean): void {
    const { t, lang } = this.ctx;
    const { arrival, departure } = this.selection;
    const text = arrival === null ? '' : departure === null ? t.pickDeparture(longDate(arrival, lang)) : t.stayChosen(longDate(arrival, lang), longDate(departure, lang), daysBetween(arrival, departure));
    this.summary.textContent = text;
    this.clear.hidden = arrival === null;
    if (announce && text) this.ctx.announce(text);
  }

  private onKey(event: KeyboardEvent): void {
    const target = moveDay(this.focused, event.key);
    if (!target) return;
    event.preventDefault();
    const month = monthOf(target);
    if (month.year === this.month.year && month.month === this.month.month) {
      this.focused = target;
      this.render(true);
    } else void this.show(month, target, true);
  }
}
