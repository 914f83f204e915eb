import { Inject, Injectable } from '@nestjs/common';
import { loadState } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';
import { assertNever } from '../../shared/kernel/assert-never';
import { OnlinePaymentUnavailable, type PaymentProviderName, type ProviderSecrets } from '../domain/payment-provider/payment-provider';
import { paymentProviderDecider, paymentProviderStream, type ProviderConnection } from '../domain/payment-provider/payment-provider.decider';
import { SECRET_BOX, type SecretBox } from './ports';

/** The provider that takes an owner's payments now, as the owner may see it: never a secret. */
export interface ActiveConnection {
  readonly provider: PaymentProviderName;
  readonly keyHint: string | null;
  /** Null for the local provider lent by default, which nobody connected. */
  readonly connectedAt: string | null;
  /** True for the local provider a development start lends an owner who chose none. */
  readonly byDefault: boolean;
}

/**
 * Which provider takes each owner's payments, read from their `payment-provider-<ownerId>`
 * stream, and its secrets opened for the one call that needs them.
 */
@Injectable()
export class ProviderConnections {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(SECRET_BOX) private readonly box: SecretBox,
  ) {}

  async connectionOf(ownerId: string): Promise<ActiveConnection | null> {
    return this.active(await this.load(ownerId));
  }

  /** The owner's provider with its secrets in clear; null when none takes their payments. */
  async open(ownerId: string): Promise<{ connection: ActiveConnection; secrets: ProviderSecrets | null } | null> {
    const state = await this.load(ownerId);
    const connection = this.active(state);
    if (!connection) return null;
    return { connection, secrets: state.kind === 'CONNECTED' && state.secrets ? this.box.open(ownerId, state.secrets) : null };
  }

  /**
   * The secrets to act on a payment `provider` took for the owner, say a refund; refused when it
   * is no longer connected. The local provider needs none: its refunds only record.
   */
  async secretsFor(ownerId: string, provider: PaymentProviderName): Promise<ProviderSecrets | null> {
    if (provider === 'LOCAL') return null;
    const opened = await this.open(ownerId);
    if (opened?.connection.provider !== provider) throw new OnlinePaymentUnavailable(`the payment was taken through ${provider}, which is no longer connected: connect it again to give money back`);
    return opened.secrets;
  }

  private load(ownerId: string): Promise<ProviderConnection> {
    return loadState(this.store, paymentProviderStream(ownerId), paymentProviderDecider);
  }

  private active(state: ProviderConnection): ActiveConnection | null {
    const production = this.config.nodeEnv === 'production';
    switch (state.kind) {
      // `npm start` and `docker compose up` run in development: a newcomer trying the booking
      // engine pays on the local test page without first opening a Stripe account.
      case 'NEVER':
        return this.config.nodeEnv === 'development' ? { provider: 'LOCAL', keyHint: null, connectedAt: null, byDefault: true } : null;
      case 'DISCONNECTED':
        return null;
      case 'CONNECTED':
        // A database carried from a laptop into production must not keep taking pretend payments.
        if (state.provider === 'LOCAL' && production) return null;
        return { provider: state.provider, keyHint: state.keyHint, connectedAt: state.connectedAt, byDefault: false };
      default:
        return assertNever(state);
    }
  }
}
