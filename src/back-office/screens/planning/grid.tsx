import { memo } from 'react';
import type { PlanningOwnerPlanningQuery } from '../../graphql/graphql';
import type { Translate } from '../../i18n';
import type { PlanningMessage } from './messages';

export type AccommodationLine = PlanningOwnerPlanningQuery['ownerPlanning'][number];
export type Night = AccommodationLine['days'][number];

/** The nights chosen on one line, both ends included, in the order of the calendar. */
export interface NightRange {
  readonly first: string;
  readonly last: string;
}

/** The name a screen reader (and a test) gives a night: "Gîte des Lavandes, samedi 4 juillet 2026, libre". */
export function nightName(t: Translate<PlanningMessage>, accommodation: string, dayLabel: string, night: Night): string {
  return `${accommodation}, ${dayLabel}, ${nightStateText(t, night)}`;
}

export function nightStateText(t: Translate<PlanningMessage>, night: Night): string {
  const guest = night.guestLabel;
  let text: string;
  switch (night.state) {
    case 'FREE':
      text = t('free');
      break;
    case 'BLOCKED':
      text = night.reason ? t('blockedBecause', { reason: night.reason }) : t('blocked');
      break;
    case 'IMPORTED':
      text = t('imported', { label: night.reason ?? '' });
      break;
    case 'PENDING_PAYMENT':
      text = t('pending');
      break;
    case 'OPTION':
    case 'CONFIRMED':
    case 'PAID':
      text = guest ? t('booked', { guest, status: t(night.state) }) : t('bookedNoName', { status: t(night.state) });
  }
  return night.conflict ? `${text}, ${t('conflict')}` : text;
}

/** What a bar shows on its first night: the guest, the block's reason, the other calendar. */
function barText(t: Translate<PlanningMessage>, night: Night): string {
  if (night.state === 'BLOCKED') return night.reason ?? t('blocked');
  if (night.state === 'IMPORTED') return night.reason ?? t('legendImported');
  if (night.state === 'PENDING_PAYMENT') return t('pending');
  return night.guestLabel ?? t(night.state as 'OPTION');
}

const sameHold = (a: Night | undefined, b: Night | undefined): boolean =>
  a !== undefined && b !== undefined && a.state !== 'FREE' && a.state === b.state && a.holdId === b.holdId;

interface RowProps {
  readonly line: AccommodationLine;
  readonly dayLabels: readonly string[];
  readonly weekends: readonly boolean[];
  readonly todayIndex: number;
  readonly selection: NightRange | null;
  /** The one night of the whole grid reached by Tab, when it is on this line. */
  readonly focusDate: string | null;
  readonly peekedDate: string | null;
  readonly euros: (cents: number) => string;
  readonly t: Translate<PlanningMessage>;
}

/**
 * One accommodation's two lines: its nights (a file's or a block's nights drawn as one bar, each
 * night still its own button with its own name) and each night's price. Memoised: choosing
 * nights on one line redraws that line only.
 */
export const AccommodationRows = memo(function AccommodationRows({ line, dayLabels, weekends, todayIndex, selection, focusDate, peekedDate, euros, t }: RowProps) {
  const { days, name, accommodationId } = line;
  return (
    <>
      <div className="planning-row planning-nights" role="group" aria-label={t('nights', { name })}>
        <div className="planning-name" title={name}>{name}</div>
        {days.map((night, i) => {
          const starts = !sameHold(days[i - 1], night);
          const ends = !sameHold(days[i + 1], night);
          let span = 1;
          if (starts && night.state !== 'FREE') while (sameHold(days[i + span - 1], days[i + span])) span++;
          const selected = selection !== null && night.date >= selection.first && night.date <= selection.last;
          const classes = [
            'planning-night',
            `planning-${night.state.toLowerCase()}`,
            night.state !== 'FREE' && starts ? 'planning-run-start' : '',
            night.state !== 'FREE' && ends ? 'planning-run-end' : '',
            weekends[i] ? 'planning-weekend' : '',
            i === todayIndex ? 'planning-today' : '',
            selected ? 'planning-selected' : '',
            night.conflict ? 'planning-conflict' : '',
          ].filter(Boolean).join(' ');
          return (
            <button
              key={night.date}
              type="button"
              className={classes}
              data-acc={accommodationId}
              data-date={night.date}
              tabIndex={night.date === focusDate ? 0 : -1}
              aria-label={nightName(t, name, dayLabels[i], night)}
              aria-pressed={night.state === 'FREE' ? selected : undefined}
              aria-describedby={peekedDate === night.date ? 'planning-file-summary' : undefined}
            >
              {night.state !== 'FREE' && starts && (
                <span className="planning-bar-text" style={{ width: `calc(${span} * 100% - 4px)` }} aria-hidden="true">
                  {barText(t, night)}
                </span>
              )}
            </button>
          );
        })}
      </div>
      <div className="planning-row planning-prices" role="group" aria-label={t('prices', { name })}>
        <div className="planning-name planning-price-name" aria-hidden="true">{t('perNight')}</div>
        {days.map((night, i) => (
          <div key={night.date} className={weekends[i] ? 'planning-price planning-weekend' : 'planning-price'}>
            <span className="visually-hidden">{dayLabels[i]} : </span>
            {night.nightlyPrice ? (
              <>
                {euros(night.nightlyPrice.cents)}
                <span className="visually-hidden"> €</span>
              </>
            ) : (
              <span className="visually-hidden">{t('noPrice')}</span>
            )}
          </div>
        ))}
      </div>
    </>
  );
});
