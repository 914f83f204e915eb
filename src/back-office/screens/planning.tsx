import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { useQuery } from 'urql';
import { useLocation } from 'wouter';
import { addDays, longDay, nightsBetween, today } from '../format';
import { useLang, useMessages } from '../i18n';
import { ErrorMessage } from '../ui/error-message';
import { daysFrom, firstOfMonth, isWeekend, mondayOf, monthOf } from './planning/dates';
import { FileSummary, type PeekedFile } from './planning/file-summary';
import { AccommodationRows, type AccommodationLine, type NightRange } from './planning/grid';
import { LiftDialog, type ShownBlock } from './planning/lift-dialog';
import { planningMessages } from './planning/messages';
import { PlanningOwnerPlanning } from './planning/queries';
import { RangeDialog, type ChosenNights } from './planning/range-dialog';
import './planning.css';

/** Nights read and drawn at once: six weeks, nine when compact; a phone shows fewer and scrolls the rest in the timeline's box. */
const SPANS = { normal: 42, compact: 63 } as const;

/** The nights being chosen on one line: from the anchor (first click, or where a drag began) to the night pointed at. */
interface Picking {
  readonly accommodationId: string;
  readonly anchor: string;
  readonly current: string;
  readonly dragging: boolean;
}

interface Cell {
  readonly accommodationId: string;
  readonly date: string;
  readonly element: HTMLElement;
}

function cellAt(target: EventTarget | null): Cell | null {
  const element = target instanceof HTMLElement ? target.closest<HTMLElement>('[data-date]') : null;
  if (!element?.dataset.acc || !element.dataset.date) return null;
  return { accommodationId: element.dataset.acc, date: element.dataset.date, element };
}

const ordered = (a: string, b: string): NightRange => (a <= b ? { first: a, last: b } : { first: b, last: a });

/**
 * "Mon planning": every accommodation of the owner on one timeline, its nights and its nightly
 * prices, read in one request for the whole span. Nights are chosen by two clicks, a drag or the
 * keyboard, then booked or blocked; a block is lifted and a file opened from its bar.
 */
export function PlanningScreen() {
  const t = useMessages(planningMessages);
  const { lang } = useLang();
  const [, navigate] = useLocation();
  const [compact, setCompact] = useState(false);
  const span = SPANS[compact ? 'compact' : 'normal'];
  const [start, setStart] = useState(() => mondayOf(today()));
  const end = addDays(start, span);
  const [result, refetch] = useQuery({ query: PlanningOwnerPlanning, variables: { from: start, to: end } });
  const data = result.data?.ownerPlanning;
  // Drawn only once the answer is that of the span asked, never a former span's under new dates.
  const lines: readonly AccommodationLine[] | null =
    data && (data.length === 0 || (data[0].days[0]?.date === start && data[0].days.length === span)) ? data : null;

  const days = useMemo(() => daysFrom(start, span), [start, span]);
  const dayLabels = useMemo(() => {
    const format = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    return days.map((day) => format.format(new Date(`${day}T00:00:00Z`)));
  }, [days, lang]);
  const weekends = useMemo(() => days.map(isWeekend), [days]);
  const todayIndex = nightsBetween(start, today());
  const price = useMemo(() => {
    const format = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 });
    return (cents: number) => format.format(cents / 100);
  }, [lang]);
  const byId = useMemo(() => new Map((lines ?? []).map((line) => [line.accommodationId, line])), [lines]);

  const [picking, setPicking] = useState<Picking | null>(null);
  const pickingRef = useRef(picking);
  pickingRef.current = picking;
  const [focus, setFocus] = useState<{ accommodationId: string; date: string } | null>(null);
  const [peek, setPeek] = useState<(PeekedFile & { date: string }) | null>(null);
  const [chosen, setChosen] = useState<ChosenNights | null>(null);
  const [lifting, setLifting] = useState<ShownBlock | null>(null);
  const [notice, setNotice] = useState<{ text: string; alert: boolean } | null>(null);
  const swallowClick = useRef(false);
  const timeline = useRef<HTMLDivElement>(null);

  const goTo = (day: string) => {
    setStart(day);
    setPicking(null);
    setPeek(null);
    setNotice(null);
  };

  const nightOf = useCallback((accommodationId: string, date: string) => {
    const line = byId.get(accommodationId);
    const index = line ? nightsBetween(start, date) : -1;
    return line && index >= 0 && index < line.days.length ? { line, index, night: line.days[index] } : null;
  }, [byId, start]);

  /** The nights from one end to the other become the dialog's, when every one of them is free. */
  const finish = useCallback((accommodationId: string, a: string, b: string) => {
    setPicking(null);
    const line = byId.get(accommodationId);
    if (!line) return;
    const { first, last } = ordered(a, b);
    if (line.days.some((night) => night.date >= first && night.date <= last && night.state !== 'FREE')) {
      setNotice({ text: t('notFree'), alert: true });
      return;
    }
    setNotice(null);
    setChosen({ accommodationId, accommodationName: line.name, from: first, to: addDays(last, 1) });
  }, [byId, t]);

  // A drag ends wherever the mouse is let go, even outside the grid.
  useEffect(() => {
    if (!picking?.dragging) return;
    const up = () => {
      const current = pickingRef.current;
      if (!current?.dragging) return;
      swallowClick.current = true;
      setTimeout(() => (swallowClick.current = false), 0);
      if (current.current !== current.anchor) finish(current.accommodationId, current.anchor, current.current);
      else {
        setPicking({ ...current, dragging: false });
        setNotice({ text: t('picking', { day: longDay(current.anchor, lang) }), alert: false });
      }
    };
    window.addEventListener('pointerup', up);
    return () => window.removeEventListener('pointerup', up);
  }, [picking?.dragging, finish, t, lang]);

  const onPointerDown = (event: PointerEvent) => {
    // A finger scrolls the timeline; it chooses nights by two taps instead.
    if (event.pointerType === 'touch' || event.button !== 0) return;
    const cell = cellAt(event.target);
    const found = cell && nightOf(cell.accommodationId, cell.date);
    if (!cell || found?.night.state !== 'FREE') return;
    if (picking && !picking.dragging && picking.accommodationId === cell.accommodationId) return; // the second click ends it
    setPicking({ accommodationId: cell.accommodationId, anchor: cell.date, current: cell.date, dragging: true });
  };

  const peekAt = (cell: Cell | null) => {
    const found = cell && nightOf(cell.accommodationId, cell.date);
    if (!cell || !found?.night.dossierId) return setPeek(null);
    if (peek?.dossierId === found.night.dossierId && peek.date === cell.date) return;
    const rect = cell.element.getBoundingClientRect();
    setPeek({
      dossierId: found.night.dossierId,
      accommodationId: cell.accommodationId,
      date: cell.date,
      guest: found.night.guestLabel,
      status: found.night.state,
      left: Math.max(4, Math.min(rect.left, window.innerWidth - 280)),
      top: rect.bottom + 4,
    });
  };

  const onPointerOver = (event: PointerEvent) => {
    const cell = cellAt(event.target);
    if (event.pointerType !== 'touch') peekAt(cell);
    if (cell && picking && picking.accommodationId === cell.accommodationId && picking.current !== cell.date) setPicking({ ...picking, current: cell.date });
  };

  const onFocus = (event: FocusEvent) => {
    const cell = cellAt(event.target);
    if (!cell) return;
    setFocus({ accommodationId: cell.accommodationId, date: cell.date });
    peekAt(cell);
    if (picking && !picking.dragging && picking.accommodationId === cell.accommodationId) setPicking({ ...picking, current: cell.date });
  };

  const onClick = (event: MouseEvent) => {
    if (swallowClick.current) {
      swallowClick.current = false;
      return;
    }
    const cell = cellAt(event.target);
    const found = cell && nightOf(cell.accommodationId, cell.date);
    if (!cell || !found) return;
    const { night, line, index } = found;
    if (picking && picking.accommodationId === cell.accommodationId) return finish(cell.accommodationId, picking.anchor, cell.date);
    if (night.state === 'FREE') {
      setPicking({ accommodationId: cell.accommodationId, anchor: cell.date, current: cell.date, dragging: false });
      setNotice({ text: t('picking', { day: longDay(cell.date, lang) }), alert: false });
      return;
    }
    setPicking(null);
    if (night.dossierId) return navigate(`/dossiers/${night.dossierId}`);
    if (night.state === 'BLOCKED' && night.holdId) {
      let first = index;
      while (first > 0 && line.days[first - 1].holdId === night.holdId) first--;
      let last = index;
      while (last < line.days.length - 1 && line.days[last + 1].holdId === night.holdId) last++;
      setLifting({
        accommodationId: line.accommodationId,
        accommodationName: line.name,
        holdId: night.holdId,
        reason: night.reason,
        from: line.days[first].date,
        to: addDays(line.days[last].date, 1),
        cutBefore: first === 0,
        cutAfter: last === line.days.length - 1,
      });
      return;
    }
    if (night.state === 'IMPORTED') setNotice({ text: t('importedInfo', { label: night.reason ?? '' }), alert: false });
    else setNotice({ text: t('pendingInfo'), alert: false });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      if (picking) {
        setPicking(null);
        setNotice(null);
      }
      setPeek(null);
      return;
    }
    const cell = cellAt(event.target);
    if (!cell || !lines) return;
    const row = lines.findIndex((line) => line.accommodationId === cell.accommodationId);
    let target = { row, day: nightsBetween(start, cell.date) };
    if (event.key === 'ArrowLeft') target = { ...target, day: target.day - 1 };
    else if (event.key === 'ArrowRight') target = { ...target, day: target.day + 1 };
    else if (event.key === 'ArrowUp') target = { ...target, row: target.row - 1 };
    else if (event.key === 'ArrowDown') target = { ...target, row: target.row + 1 };
    else if (event.key === 'Home') target = { ...target, day: 0 };
    else if (event.key === 'End') target = { ...target, day: span - 1 };
    else return;
    event.preventDefault();
    const line = lines[target.row];
    if (!line || target.day < 0 || target.day >= span) return;
    const date = days[target.day];
    timeline.current?.querySelector<HTMLElement>(`[data-acc="${line.accommodationId}"][data-date="${date}"]`)?.focus();
  };

  // The one night Tab reaches: the last focused, else today's (or the first) on the first line.
  const tabStop = focus && byId.has(focus.accommodationId) && days.includes(focus.date)
    ? focus
    : lines?.[0] ? { accommodationId: lines[0].accommodationId, date: days[todayIndex >= 0 && todayIndex < span ? todayIndex : 0] } : null;

  const months = useMemo(() => monthChoices(lang, today()), [lang]);
  const currentMonth = monthOf(start);

  return (
    <div className="planning">
      <h1>{t('title')}</h1>
      <div className="toolbar planning-toolbar" role="group" aria-label={t('navigation')}>
        <button type="button" onClick={() => goTo(mondayOf(today()))}>{t('today')}</button>
        <button type="button" onClick={() => goTo(addDays(start, -span))} aria-label={t('previous')}>‹ <span className="planning-nav-text">{t('previous')}</span></button>
        <button type="button" onClick={() => goTo(addDays(start, span))} aria-label={t('next')}><span className="planning-nav-text">{t('next')}</span> ›</button>
        <label className="planning-month">
          {t('month')}
          <select value={months.some((m) => m.value === currentMonth) ? currentMonth : ''} onChange={(e) => e.target.value && goTo(firstOfMonth(e.target.value))}>
            {!months.some((m) => m.value === currentMonth) && <option value="">—</option>}
            {months.map((m) => <option key={m.value} value={m.value}>{m.label}</option>)}
          </select>
        </label>
        <button type="button" aria-pressed={compact} onClick={() => { setCompact(!compact); setPicking(null); }}>{t('compact')}</button>
      </div>
      <p className="planning-span" aria-live="polite">{t('span', { from: longDay(start, lang), to: longDay(addDays(end, -1), lang) })}</p>
      <p className="muted planning-help">{t('help')}</p>
      <ErrorMessage error={result.error} />
      {notice && (notice.alert ? <p role="alert" className="error">{notice.text}</p> : <p role="status" className="planning-notice">{notice.text}</p>)}
      {lines === null ? (
        <p className="loading" aria-busy="true">{t('loading')}</p>
      ) : lines.length === 0 ? (
        <p className="card">{t('none')}</p>
      ) : (
        <div className="planning-scroll" onScroll={() => setPeek(null)}>
          <div
            ref={timeline}
            className={compact ? 'planning-timeline planning-compact' : 'planning-timeline'}
            style={{ ['--days' as string]: span }}
            role="group"
            aria-label={t('timeline')}
            data-ready="true"
            onPointerDown={onPointerDown}
            onPointerOver={onPointerOver}
            onPointerLeave={() => setPeek(null)}
            onFocus={onFocus}
            onBlur={() => setPeek(null)}
            onClick={onClick}
            onKeyDown={onKeyDown}
          >
            <Header days={days} weekends={weekends} todayIndex={todayIndex} lang={lang} accommodationLabel={t('accommodation')} />
            {lines.map((line) => (
              <AccommodationRows
                key={line.accommodationId}
                line={line}
                dayLabels={dayLabels}
                weekends={weekends}
                todayIndex={todayIndex}
                selection={picking?.accommodationId === line.accommodationId ? ordered(picking.anchor, picking.current) : null}
                focusDate={tabStop?.accommodationId === line.accommodationId ? tabStop.date : null}
                peekedDate={peek?.accommodationId === line.accommodationId ? peek.date : null}
                euros={price}
                t={t}
              />
            ))}
          </div>
        </div>
      )}
      <Legend />
      {peek && <FileSummary file={peek} />}
      {chosen && (
        <RangeDialog
          nights={chosen}
          onClose={() => setChosen(null)}
          onBlocked={() => {
            setChosen(null);
            setNotice({ text: t('blockedDone'), alert: false });
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
      {lifting && (
        <LiftDialog
          block={lifting}
          onClose={() => setLifting(null)}
          onLifted={(n) => {
            setLifting(null);
            setNotice({ text: t('lifted', { n }), alert: false });
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </div>
  );
}

/** The months the picker offers: from last January to December in two years. */
function monthChoices(lang: 'fr' | 'en', day: string): { value: string; label: string }[] {
  const format = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const year = Number(day.slice(0, 4));
  const choices: { value: string; label: string }[] = [];
  for (let y = year - 1; y <= year + 2; y++) {
    for (let m = 1; m <= 12; m++) {
      const value = `${y}-${String(m).padStart(2, '0')}`;
      choices.push({ value, label: format.format(new Date(`${value}-01T00:00:00Z`)) });
    }
  }
  return choices;
}

/** Months over the days, then each day's weekday and number; the nights carry their full names, so this is for the eye. */
function Header({ days, weekends, todayIndex, lang, accommodationLabel }: { days: readonly string[]; weekends: readonly boolean[]; todayIndex: number; lang: 'fr' | 'en'; accommodationLabel: string }) {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const months = useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const spans: { label: string; column: number; length: number }[] = [];
    days.forEach((day, i) => {
      if (i === 0 || day.endsWith('-01')) spans.push({ label: format.format(new Date(`${day}T00:00:00Z`)), column: i + 2, length: 1 });
      else spans[spans.length - 1].length++;
    });
    return spans;
  }, [days, locale]);
  const weekday = useMemo(() => new Intl.DateTimeFormat(locale, { weekday: 'narrow', timeZone: 'UTC' }), [locale]);
  return (
    <div aria-hidden="true">
      <div className="planning-row planning-months">
        <div className="planning-name" />
        {months.map((m) => (
          <div key={m.column} className="planning-month-label" style={{ gridColumn: `${m.column} / span ${m.length}` }}>{m.label}</div>
        ))}
      </div>
      <div className="planning-row planning-days">
        <div className="planning-name">{accommodationLabel}</div>
        {days.map((day, i) => (
          <div key={day} className={['planning-day', weekends[i] ? 'planning-weekend' : '', i === todayIndex ? 'planning-today' : ''].filter(Boolean).join(' ')}>
            <span className="planning-weekday">{weekday.format(new Date(`${day}T00:00:00Z`))}</span>
            <span>{Number(day.slice(8))}</span>
          </div>
        ))}
      </div>
    </div>
  );
}

function Legend() {
  const t = useMessages(planningMessages);
  const entries = [
    ['free', 'legendFree'],
    ['option', 'legendOption'],
    ['confirmed', 'legendConfirmed'],
    ['paid', 'legendPaid'],
    ['blocked', 'legendBlocked'],
    ['imported', 'legendImported'],
    ['pending_payment', 'legendPending'],
    ['selected', 'legendSelected'],
  ] as const;
  return (
    <section className="planning-legend" aria-labelledby="planning-legend-title">
      <h2 id="planning-legend-title">{t('legend')}</h2>
      <ul>
        {entries.map(([state, label]) => (
          <li key={state}>
            <span className={`planning-swatch planning-${state}`} aria-hidden="true" />
            {t(label)}
          </li>
        ))}
      </ul>
    </section>
  );
}
