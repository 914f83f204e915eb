import { Inject, Injectable } from '@nestjs/common';
import { handleCommand } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { NotFound } from '../../shared/kernel/errors';
import { isUuid } from '../../shared/kernel/ids';
import { command } from '../../shared/kernel/message';
import { MAX_CENTS } from '../../shared/kernel/money';
import { onlinePaymentDecider, onlinePaymentIdOf } from '../domain/online-payment/online-payment.decider';
import { onlinePaymentStream } from '../domain/online-payment/online-payment.events';
import { PAYMENT_PROVIDERS, type PaymentProviderName, type ProviderSecrets } from '../domain/payment-provider/payment-provider';
import { PAYMENT_PROVIDER_ADAPTERS, WebhookRefused, type PaymentProviders } from './ports';
import { ProviderConnections } from './provider-connections';

export interface WebhookOutcome {
  readonly received: true;
  /** The online payment the notification recorded (or had recorded before); null when it was not a payment. */
  readonly onlinePaymentId: string | null;
}

/**
 * A provider's notification, trusted only once verified on its raw bytes with the secret of the
 * owner it names. A payment lands on a stream named from the provider's own id for it, created
 * once: the same notification twice, or two instances receiving it at once, record one payment.
 */
@Injectable()
export class PaymentWebhooks {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(PAYMENT_PROVIDER_ADAPTERS) private readonly providers: PaymentProviders,
    private readonly connections: ProviderConnections,
  ) {}

  async receive(providerInPath: string, rawBody: Buffer, headers: Readonly<Record<string, string | string[] | undefined>>): Promise<WebhookOutcome> {
    const name = PAYMENT_PROVIDERS.find((known) => known.toLowerCase() === providerInPath.toLowerCase());
    // The local provider takes no money: in production its notifications are no one's.
    if (!name || (name === 'LOCAL' && this.config.nodeEnv === 'production')) throw new NotFound('Payment provider', providerInPath);
    const provider = this.providers[name];
    const ownerId = provider.claimedOwner(rawBody);
    if (ownerId === null || !isUuid(ownerId)) throw new WebhookRefused('it names no owner');
    const now = this.clock.now();
    const notice = provider.readNotification(rawBody, headers, await this.secretsToVerify(name, ownerId), now);
    if (notice.kind === 'IGNORED') return { received: true, onlinePaymentId: null };
    const { payment } = notice;
    if (payment.ownerId !== ownerId) throw new WebhookRefused('it names two owners');
    if (payment.amount.cents <= 0 || payment.amount.cents > MAX_CENTS) throw new WebhookRefused('its amount is not one we ask for');
    const onlinePaymentId = onlinePaymentIdOf(name, payment.providerPaymentId);
    await handleCommand(
      this.store,
      onlinePaymentStream(onlinePaymentId),
      onlinePaymentDecider,
      command('RecordOnlinePayment', { onlinePaymentId, provider: name, ...payment }),
      { actor: { kind: 'system', id: `payment-provider:${name}` }, now, correlationId: onlinePaymentId, causationId: null },
    );
    return { received: true, onlinePaymentId };
  }

  /** Stripe signs with each owner's own secret; the local provider with a key of the app's. */
  private async secretsToVerify(provider: PaymentProviderName, ownerId: string): Promise<ProviderSecrets | null> {
    if (provider === 'LOCAL') return null;
    const opened = await this.connections.open(ownerId);
    if (opened?.connection.provider !== provider || !opened.secrets) throw new WebhookRefused(`the owner it names has no ${provider} account connected`);
    return opened.secrets;
  }
}
