import { addDays, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { shortDate } from '../../../shared/kernel/formats';
import type { DepositKind } from '../../../shared/kernel/payment-terms';
import { spanOf, totalsOf, type Dossier, type ReleaseNotice } from './dossier';

/*
 * An option whose deposit is not paid by its due date is "considérée comme non acceptée" (the
 * manual). An owner may have such options released on their own, some days after the due date:
 * the guest is told first, by the reminder, on which day; on that day, still unpaid, the option is
 * cancelled and its nights freed. Only before the stay begins: past that, the owner decides.
 */

/** The most days after the due date an owner may wait: beyond two months it is no longer a rule. */
export const MAX_RELEASE_DAYS = 60;

/**
 * The day an option late since `depositDueDate` goes, for an owner who waits `afterDays`, when the
 * guest is told on `today`: never on the day they are told, so they always have a day to pay.
 */
export const releaseDay = (depositDueDate: CalendarDate, afterDays: number, today: CalendarDate): CalendarDate => {
  const planned = addDays(depositDueDate, afterDays);
  const earliest = addDays(today, 1);
  return planned > earliest ? planned : earliest;
};

export type ReleaseStep = { readonly kind: 'NONE' } | { readonly kind: 'NOTICE'; readonly releaseOn: CalendarDate } | { readonly kind: 'RELEASE' };

const NONE: ReleaseStep = { kind: 'NONE' };

/**
 * What is due `today` (where the accommodation is) for a file whose owner releases unpaid options
 * `afterDays` after their due date: tell the guest when (once per due date: a due date the owner
 * moves starts again), release the option on that day, or nothing. Nothing for a file that is no
 * longer an option, that asks no deposit, whose deposit is not late, or whose stay would begin
 * before the release.
 */
export function releaseStep(dossier: Dossier, afterDays: number, today: CalendarDate): ReleaseStep {
  if (dossier.status !== 'OPTION') return NONE;
  const { depositAmount, paid } = totalsOf(dossier);
  const due = dossier.deposit.dueDate;
  if (depositAmount.cents <= paid.cents || due >= today) return NONE;
  const { arrival } = spanOf(dossier);
  const notice = dossier.releaseNotice;
  if (notice === null || notice.depositDueDate !== due) {
    const releaseOn = releaseDay(due, afterDays, today);
    return releaseOn < arrival ? { kind: 'NOTICE', releaseOn } : NONE;
  }
  return today >= notice.releaseOn && today < arrival ? { kind: 'RELEASE' } : NONE;
}

/**
 * The notice the guest still has to heed, if any: given for the deposit due date as it stands, on
 * a file still an option. A notice about a due date the owner moved since no longer counts.
 */
export function pendingReleaseNotice(dossier: Pick<Dossier, 'status' | 'deposit' | 'releaseNotice'>): ReleaseNotice | null {
  const notice = dossier.releaseNotice;
  return notice !== null && !notice.released && dossier.status === 'OPTION' && notice.depositDueDate === dossier.deposit.dueDate ? notice : null;
}

/**
 * Why the file was cancelled, as the owner reads it on the file and in its history, in French and
 * in English: the guest's own email says it in their language.
 */
export function releaseReason(kind: DepositKind, depositDueDate: CalendarDate): string {
  const french = kind === 'ARRHES' ? `arrhes attendues le ${shortDate(depositDueDate, 'FR')} non reçues` : `acompte attendu le ${shortDate(depositDueDate, 'FR')} non reçu`;
  return `Option non acceptée : ${french}, libérée automatiquement. / Option not accepted: deposit due on ${depositDueDate} not received, released automatically.`;
}
