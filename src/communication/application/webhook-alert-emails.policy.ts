import { Inject, Injectable } from '@nestjs/common';
import { CATALOGUE_FOR_DOCUMENTS, type CatalogueForDocuments } from '../../catalogue/contracts';
import type { CommandContext } from '../../event-store/command-handler';
import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Policy } from '../../event-store/policy/policy';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { UnreadableEvent, type StoredEvent } from '../../shared/kernel/event-codec';
import { webhookEndpointEvents, type WebhookEndpointEvent } from '../../synchronisation/contracts';
import type { WebhookDisabledEmailFacts } from '../domain/email/email-facts';
import { DossierContexts } from './dossier-context';
import { footerOf, senderName } from './dossier-facts';
import { NEWS_FOR_MS } from './communication.policy';
import { Outbox } from './outbox';

type WebhookEndpointDisabled = Extract<WebhookEndpointEvent, { type: 'WebhookEndpointDisabled' }>;

function decode(stored: StoredEvent): WebhookEndpointDisabled {
  const e = webhookEndpointEvents.decode(stored);
  if (e.type === 'WebhookEndpointDisabled') return e;
  throw new UnreadableEvent(stored.type, stored.schemaVersion, 'the webhook alerts do not follow this event');
}

/**
 * Tells an owner, in their first language, that a webhook endpoint was switched off after failing
 * for its whole retry window, as SyncAlertEmailsPolicy tells them of a calendar gone silent. The
 * email is named by the event, so seeing the event again queues nothing more, and Synchronisation
 * records one event per disablement however many instances found the endpoint failing.
 */
@Injectable()
export class WebhookAlertEmailsPolicy implements Policy<WebhookEndpointDisabled> {
  readonly name = 'webhook-alert-emails';
  readonly handles: WebhookEndpointDisabled['type'][] = ['WebhookEndpointDisabled'];
  readonly decode = decode;

  constructor(
    @Inject(CATALOGUE_FOR_DOCUMENTS) private readonly catalogue: CatalogueForDocuments,
    private readonly contexts: DossierContexts,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async react(e: DecodedEvent<WebhookEndpointDisabled>): Promise<void> {
    const now = this.clock.now();
    if (now.getTime() - Date.parse(e.metadata.occurredAt) > NEWS_FOR_MS) return;
    const { ownerId, host, failingSince } = e.data;
    const [owner, settings] = await Promise.all([this.catalogue.ownerForDocuments(ownerId), this.contexts.settingsOf(ownerId)]);
    // An owner gone since: there is no one to tell.
    if (!owner) return;
    const lang = settings.email.languages[0];
    const facts: WebhookDisabledEmailFacts = { kind: 'OWNER_WEBHOOK_DISABLED', lang, copy: false, sender: senderName({ owner }), host, failingSince, footer: footerOf({ owner, settings }, lang) };
    const context: CommandContext = { actor: { kind: 'system', id: 'communication' }, now, correlationId: e.metadata.correlationId, causationId: e.id };
    await this.outbox.queue({ cause: e.id, ownerId, dossierId: null, recipient: 'OWNER', to: owner.email, replyTo: null, facts, attachment: null }, context);
  }
}
