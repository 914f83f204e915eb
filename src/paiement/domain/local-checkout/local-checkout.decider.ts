import type { Decider } from '../../../shared/kernel/decider';
import { nameBasedUuid } from '../../../shared/kernel/ids';
import { event, type Command } from '../../../shared/kernel/message';
import { localCheckoutEvents, type LocalCheckoutEvent, type LocalCheckoutStarted } from './local-checkout.events';

/**
 * Stream `local-checkout-<sessionId>`: one payment page of the local test provider, which stands
 * in for Stripe on a laptop or in CI. It keeps what the page shows and where the guest goes back.
 */
export const localCheckoutStream = (sessionId: string) => `local-checkout-${sessionId}`;

/** The same owner's reference always opens the same page, as Stripe's idempotency key does. */
export const localCheckoutIdOf = (ownerId: string, reference: string): string => nameBasedUuid(`local-checkout/${ownerId}/${reference}`);

export type { LocalCheckoutEvent };
export type LocalCheckoutCommand = Command<'StartLocalCheckout', LocalCheckoutStarted>;

/** Null until started. */
export type LocalCheckout = LocalCheckoutStarted | null;

export const localCheckoutDecider: Decider<LocalCheckoutCommand, LocalCheckoutEvent, LocalCheckout> = {
  // A page once opened keeps what it was opened with: a retry with other figures gets that page.
  decide: (command, state) => (state ? [] : [event('LocalCheckoutStarted', command.data)]),
  evolve: (_, e) => e.data,
  initialState: () => null,
  events: localCheckoutEvents,
};
