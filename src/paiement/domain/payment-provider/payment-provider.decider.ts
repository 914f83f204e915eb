import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { event, type Command } from '../../../shared/kernel/message';
import type { PaymentProviderName } from './payment-provider';
import { paymentProviderEvents, type PaymentProviderConnected, type PaymentProviderEvent, type SealedSecrets } from './payment-provider.events';

/** Stream `payment-provider-<ownerId>`: the provider that takes an owner's online payments. */
export const paymentProviderStream = (ownerId: string) => `payment-provider-${ownerId}`;

export type { PaymentProviderEvent };

export type PaymentProviderCommand =
  | Command<'ConnectPaymentProvider', PaymentProviderConnected>
  | Command<'DisconnectPaymentProvider', { ownerId: string; disconnectedAt: string }>;

/**
 * NEVER: the owner has not chosen yet (a development start then lends them the local provider);
 * DISCONNECTED: they chose to take no online payment.
 */
export type ProviderConnection =
  | { readonly kind: 'NEVER' }
  | { readonly kind: 'DISCONNECTED' }
  | { readonly kind: 'CONNECTED'; readonly provider: PaymentProviderName; readonly keyHint: string | null; readonly secrets: SealedSecrets | null; readonly connectedAt: string };

export function decide(command: PaymentProviderCommand, state: ProviderConnection): PaymentProviderEvent[] {
  switch (command.type) {
    // Always recorded, even with the same provider: sealed secrets differ at every sealing, and
    // connecting again is how an owner rolls a key.
    case 'ConnectPaymentProvider':
      return [event('PaymentProviderConnected', command.data)];
    case 'DisconnectPaymentProvider':
      return state.kind === 'DISCONNECTED' ? [] : [event('PaymentProviderDisconnected', command.data)];
    default:
      return assertNever(command);
  }
}

export function evolve(_: ProviderConnection, e: PaymentProviderEvent): ProviderConnection {
  switch (e.type) {
    case 'PaymentProviderConnected': {
      const { provider, keyHint, secrets, connectedAt } = e.data;
      return { kind: 'CONNECTED', provider, keyHint, secrets, connectedAt };
    }
    case 'PaymentProviderDisconnected':
      return { kind: 'DISCONNECTED' };
    default:
      return assertNever(e);
  }
}

export const paymentProviderDecider: Decider<PaymentProviderCommand, PaymentProviderEvent, ProviderConnection> = {
  decide,
  evolve,
  initialState: () => ({ kind: 'NEVER' }),
  events: paymentProviderEvents,
};
