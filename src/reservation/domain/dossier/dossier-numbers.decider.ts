import { z } from 'zod';
import type { Decider } from '../../../shared/kernel/decider';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { event, type Command, type Event } from '../../../shared/kernel/message';

/**
 * Stream `dossier-numbers-<ownerId>`: the owner's numbering. Its expected revision makes each
 * number given once, in order, under any number of concurrent bookings. The state keeps only the
 * last number given, so however many files an owner has, a booking reads a snapshot and the few
 * numbers given since. Asking again for the file just numbered is no change; a file whose
 * numbering was interrupted further back is found by `numberGivenTo`, once, by the recovery.
 */
export const dossierNumbersStream = (ownerId: string) => `dossier-numbers-${ownerId}`;

export interface DossierNumberAssigned {
  readonly ownerId: string;
  readonly dossierId: string;
  readonly number: number;
}

export type DossierNumbersEvent = Event<'DossierNumberAssigned', DossierNumberAssigned>;
export type DossierNumbersCommand = Command<'AssignDossierNumber', { ownerId: string; dossierId: string }>;

export interface DossierNumbers {
  readonly last: number;
  /** The file given `last`: a retry of that same booking gets no second number. */
  readonly lastDossierId: string | null;
}

const assigned: z.ZodType<DossierNumberAssigned> = z.object({ ownerId: z.string(), dossierId: z.string(), number: z.number().int() });

export const dossierNumbersEvents = eventCodec<DossierNumbersEvent>('dossier-numbers', {
  DossierNumberAssigned: { version: 1, schema: assigned },
});

const snapshotSchema: z.ZodType<DossierNumbers> = z.object({ last: z.number().int(), lastDossierId: z.string().nullable() });

export const dossierNumbersDecider: Decider<DossierNumbersCommand, DossierNumbersEvent, DossierNumbers> = {
  decide: ({ data }, state) => (state.lastDossierId === data.dossierId ? [] : [event('DossierNumberAssigned', { ...data, number: state.last + 1 })]),
  evolve: (_, e) => ({ last: e.data.number, lastDossierId: e.data.dossierId }),
  initialState: () => ({ last: 0, lastDossierId: null }),
  events: dossierNumbersEvents,
  snapshot: { version: 1, every: 50, encode: (state) => state, decode: (json) => snapshotSchema.parse(json) },
};

/** The number the stream gave a file, if any: for a recovery, which may look far back. */
export function numberGivenTo(events: readonly DossierNumbersEvent[], dossierId: string): number | null {
  return events.find((e) => e.data.dossierId === dossierId)?.data.number ?? null;
}
