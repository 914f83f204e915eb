import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, type CalendarDate } from '../../shared/kernel/calendar-date';
import type { Money } from '../../shared/kernel/money';
import type { QuoteService } from '../../tarification/contracts';
import type { Origin } from '../domain/dossier/dossier';
import type { Guest } from '../domain/dossier/guest';
import { guestName } from '../domain/dossier/guest';
import { backOfficeName } from '../domain/guests/guest-identity';
import { PlanningConflictRowSchema } from './planning-conflict.row';
import { PlanningHoldRowSchema, type PlanningHoldRow } from './planning-hold.row';

export const PLANNING_STATES = ['FREE', 'BLOCKED', 'PENDING_PAYMENT', 'OPTION', 'CONFIRMED', 'PAID', 'IMPORTED'] as const;
export type PlanningState = (typeof PLANNING_STATES)[number];

export interface PlanningDay {
  readonly date: CalendarDate;
  readonly state: PlanningState;
  readonly holdId: string | null;
  readonly dossierId: string | null;
  /** "Marie Dupont". */
  readonly guestName: string | null;
  /** "DUPONT Marie", as French back offices list guests (see `backOfficeName`). */
  readonly guestLabel: string | null;
  readonly reason: string | null;
  readonly origin: Origin | null;
  readonly conflict: boolean;
  readonly nightlyPrice: Money | null;
}

/** A held file is an option until its row says otherwise (in the instant before the row exists). */
const planningStateOf = (status: string | undefined): PlanningState => (status === 'CONFIRMED' || status === 'PAID' ? status : 'OPTION');

function stateOf(hold: PlanningHoldRow | null, status: string | undefined): PlanningState {
  if (hold === null) return 'FREE';
  switch (hold.kind) {
    case 'BLOCK':
      return 'BLOCKED';
    case 'PENDING_PAYMENT':
      return 'PENDING_PAYMENT';
    case 'IMPORTED':
      return 'IMPORTED';
    default:
      return planningStateOf(status);
  }
}

interface HeldFile {
  id: string;
  status: string;
  origin: string;
  guest: Guest;
}

/**
 * Each night from `first` to `end` (exclusive) of the accommodations named, which the caller
 * checked are `ownerId`'s: one read of the holds, one of the conflicts, one of the files holding
 * them and one of the prices, however many accommodations and days.
 */
export async function planningDays(
  em: EntityManager,
  quotes: QuoteService,
  ownerId: string,
  accommodationIds: readonly string[],
  first: CalendarDate,
  end: CalendarDate,
): Promise<Map<string, PlanningDay[]>> {
  if (accommodationIds.length === 0) return new Map();
  const touching = { accommodationId: { $in: [...accommodationIds] }, arrival: { $lt: end }, departure: { $gt: first } };
  const [holds, conflicts, prices] = await Promise.all([
    em.fork().find(PlanningHoldRowSchema, touching),
    em.fork().find(PlanningConflictRowSchema, touching, { fields: ['accommodationId', 'arrival', 'departure'] }),
    quotes.nightlyPricesOf(accommodationIds, first, end),
  ]);
  const dossierIds = [...new Set(holds.map((h) => h.dossierId).filter((id): id is string => id !== null))];
  const files =
    dossierIds.length === 0
      ? []
      : await em.fork().execute<HeldFile[]>("SELECT id, status, origin, document->'guest' AS guest FROM dossiers WHERE id IN (?) AND owner_id = ?", [dossierIds, ownerId]);
  const fileOf = new Map(files.map((f) => [f.id, f]));
  const holdOn = new Map<string, PlanningHoldRow>();
  for (const hold of holds) {
    for (let date = hold.arrival < first ? first : hold.arrival; date < hold.departure && date < end; date = addDays(date, 1)) holdOn.set(`${hold.accommodationId}/${date}`, hold);
  }
  return new Map(
    accommodationIds.map((accommodationId) => {
      const clashes = conflicts.filter((c) => c.accommodationId === accommodationId);
      const days = (prices.get(accommodationId) ?? []).map(({ date, price }): PlanningDay => {
        const hold = holdOn.get(`${accommodationId}/${date}`) ?? null;
        const file = hold?.dossierId ? fileOf.get(hold.dossierId) : undefined;
        const imported = hold?.kind === 'IMPORTED';
        return {
          date,
          state: stateOf(hold, file?.status),
          holdId: hold?.id ?? null,
          dossierId: hold?.dossierId ?? null,
          guestName: file ? guestName(file.guest) : null,
          guestLabel: file ? backOfficeName(file.guest) : null,
          reason: hold?.reason ?? null,
          origin: imported ? 'ICAL' : ((file?.origin as Origin | undefined) ?? (hold?.kind === 'PENDING_PAYMENT' ? 'ONLINE' : null)),
          conflict: clashes.some((c) => c.arrival <= date && date < c.departure),
          nightlyPrice: price,
        };
      });
      return [accommodationId, days];
    }),
  );
}
