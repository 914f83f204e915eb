import { isDeepStrictEqual } from 'node:util';
import type { Decider } from '../../../shared/kernel/decider';
import { event, type Command } from '../../../shared/kernel/message';
import { DEFAULT_SALES_TERMS, parseSalesTerms, type SalesTermsInput, type SalesTermsSetting } from './sales-terms';
import { salesTermsEvents, type SalesTermsEvent } from './sales-terms.events';

/** Stream `sales-terms-<ownerId>`: how one owner sells online ("Modalités de vente"). */
export const salesTermsStream = (ownerId: string) => `sales-terms-${ownerId}`;

export type { SalesTermsEvent };

/**
 * The owner's input, applied to the terms as the stream holds them when deciding, so that two
 * tabs saving different fields never undo each other: each keeps what it did not send.
 */
export type SalesTermsCommand = Command<'SetSalesTerms', { ownerId: string; input: SalesTermsInput }>;

export function decide(command: SalesTermsCommand, state: SalesTermsSetting): SalesTermsEvent[] {
  const { ownerId, input } = command.data;
  const terms = parseSalesTerms('input', input, state);
  // Key order is not kept by every event store (jsonb sorts keys), so compare by value.
  return isDeepStrictEqual(terms, state) ? [] : [event('SalesTermsSet', { ownerId, terms })];
}

export const salesTermsDecider: Decider<SalesTermsCommand, SalesTermsEvent, SalesTermsSetting> = {
  decide,
  evolve: (_, e) => e.data.terms,
  initialState: () => DEFAULT_SALES_TERMS,
  events: salesTermsEvents,
};
