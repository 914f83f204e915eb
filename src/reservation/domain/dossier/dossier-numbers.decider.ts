import type { Decider } from '../../../shared/kernel/decider';
import { event, type Command, type Event } from '../../../shared/kernel/message';

/**
 * Stream `dossier-numbers-<ownerId>`: the owner's numbering. Its expected revision makes each
 * number given once, in order, under any number of concurrent bookings; asking again for the
 * same file gives the number it already has, so a retry or a recovery never burns one.
 */
export const dossierNumbersStream = (ownerId: string) => `dossier-numbers-${ownerId}`;

export type DossierNumbersEvent = Event<'DossierNumberAssigned', { ownerId: string; dossierId: string; number: number }>;
export type DossierNumbersCommand = Command<'AssignDossierNumber', { ownerId: string; dossierId: string }>;

export interface DossierNumbers {
  readonly last: number;
  readonly byDossier: ReadonlyMap<string, number>;
}

export const dossierNumbersDecider: Decider<DossierNumbersCommand, DossierNumbersEvent, DossierNumbers> = {
  decide: ({ data }, state) => (state.byDossier.has(data.dossierId) ? [] : [event('DossierNumberAssigned', { ...data, number: state.last + 1 })]),
  evolve: (state, e) => ({ last: e.data.number, byDossier: new Map(state.byDossier).set(e.data.dossierId, e.data.number) }),
  initialState: () => ({ last: 0, byDossier: new Map() }),
};
