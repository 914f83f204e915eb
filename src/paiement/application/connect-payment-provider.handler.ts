import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { command } from '../../shared/kernel/message';
import { providerCredentials, type ProviderConnectionInput } from '../domain/payment-provider/payment-provider';
import { paymentProviderDecider, paymentProviderStream } from '../domain/payment-provider/payment-provider.decider';
import { SECRET_BOX, type SecretBox } from './ports';
import type { ActiveConnection } from './provider-connections';

/** Connects the provider that takes the owner's online payments, replacing any before it. */
export class ConnectPaymentProvider extends Command<ActiveConnection> {
  constructor(
    readonly ownerId: string,
    readonly input: ProviderConnectionInput,
  ) {
    super();
  }
}

/** The secrets are sealed here, before any event is made: the store only ever sees ciphertext. */
@CommandHandler(ConnectPaymentProvider)
export class ConnectPaymentProviderHandler implements ICommandHandler<ConnectPaymentProvider> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(SECRET_BOX) private readonly box: SecretBox,
  ) {}

  async execute({ ownerId, input }: ConnectPaymentProvider): Promise<ActiveConnection> {
    const { provider, secrets, keyHint } = providerCredentials('input', input, { production: this.config.nodeEnv === 'production' });
    const now = this.clock.now();
    const connectedAt = now.toISOString();
    await handleCommand(
      this.store,
      paymentProviderStream(ownerId),
      paymentProviderDecider,
      command('ConnectPaymentProvider', { ownerId, provider, keyHint, secrets: secrets && this.box.seal(ownerId, secrets), connectedAt }),
      newCorrelation({ kind: 'owner', id: ownerId }, now),
    );
    return { provider, keyHint, connectedAt, byDefault: false };
  }
}
