import { Inject, Injectable } from '@nestjs/common';
import { loadState } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { OnlineSalesTerms, SalesTerms } from '../contracts';
import type { SalesTermsSetting } from '../domain/sales-terms/sales-terms';
import { salesTermsDecider, salesTermsStream } from '../domain/sales-terms/sales-terms.decider';
import { ProviderConnections } from './provider-connections';

/** Two short streams, read side by side: terms just set apply to the very next booking. */
@Injectable()
export class SalesTermsImpl implements SalesTerms {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly connections: ProviderConnections,
  ) {}

  async termsOf(ownerId: string): Promise<OnlineSalesTerms> {
    const [setting, connection] = await Promise.all([this.settingOf(ownerId), this.connections.connectionOf(ownerId)]);
    return { ...setting, provider: connection?.provider ?? null };
  }

  settingOf(ownerId: string): Promise<SalesTermsSetting> {
    return loadState(this.store, salesTermsStream(ownerId), salesTermsDecider);
  }
}
