import { Inject, Injectable } from '@nestjs/common';
import { CATALOGUE_FOR_DOCUMENTS, type CatalogueForDocuments, type OwnerForDocuments } from '../../catalogue/contracts';
import type { CommandContext } from '../../event-store/command-handler';
import { decoded, EVENT_STORE, type DecodedEvent, type EventStore } from '../../event-store/event-store.port';
import type { Policy } from '../../event-store/policy/policy';
import { DOSSIER_READER, planningEvents, type DossierReader, type PlanningEvent } from '../../reservation/contracts';
import { assertNever } from '../../shared/kernel/assert-never';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { UnreadableEvent, type StoredEvent } from '../../shared/kernel/event-codec';
import { icalFeedEvents, type IcalFeedEvent } from '../../synchronisation/contracts';
import { CONFLICTS_LISTED, type ClashFacts, type ImportConflictFacts, type SyncEmailFacts } from '../domain/email/email-facts';
import type { CommunicationSettings } from '../domain/settings/communication-settings.decider';
import { DossierContexts } from './dossier-context';
import { footerOf, senderName } from './dossier-facts';
import { NEWS_FOR_MS } from './communication.policy';
import { Outbox } from './outbox';

type ImportConflicted = Extract<PlanningEvent, { type: 'ImportConflicted' }>;
type IcalFeedWentSilent = Extract<IcalFeedEvent, { type: 'IcalFeedWentSilent' }>;
export type SyncAlertEvent = ImportConflicted | IcalFeedWentSilent;

type Clash = ImportConflicted['data']['clash'];

/** Whether the owner has a conflict to sort out: not when it is another import that holds the nights. */
const isOwners = (e: ImportConflicted): boolean => e.data.clash.kind !== 'IMPORTED';

/** The events one reading of one calendar recorded: one append, so one correlation, and one feed. */
const importKey = (e: DecodedEvent<ImportConflicted>): string => `${e.streamName}:${e.metadata.correlationId}:${e.data.source}`;

/** Each stream category's own codec reads its event: event types are unique across categories. */
function decode(stored: StoredEvent): SyncAlertEvent {
  const e = icalFeedEvents.handles(stored.type) ? icalFeedEvents.decode(stored) : planningEvents.decode(stored);
  if (e.type === 'ImportConflicted' || e.type === 'IcalFeedWentSilent') return e;
  throw new UnreadableEvent(stored.type, stored.schemaVersion, 'the import alerts do not follow this event');
}

/** Who is written to and how, gathered from the contexts. */
interface OwnerContext {
  readonly owner: OwnerForDocuments;
  readonly settings: CommunicationSettings;
  readonly accommodationName: string;
}

/**
 * What an owner is told of the calendars they import from other platforms: a stay one of them
 * lists on nights already given here to a file, a block or another import (a possible double
 * booking, which the planning leaves as it is), and a calendar not read for a while. The owner is
 * written to in their first language, as for their other emails. Each email is named by the
 * event that caused it, so seeing an event again queues nothing more. A reading of a calendar may
 * record many conflicts at once: one email tells them all, caused by the first of them, and the
 * others queue nothing.
 */
@Injectable()
export class SyncAlertEmailsPolicy implements Policy<SyncAlertEvent> {
  readonly name = 'sync-alert-emails';
  readonly handles: SyncAlertEvent['type'][] = ['ImportConflicted', 'IcalFeedWentSilent'];
  readonly decode = decode;

  /**
   * The first conflict of the import last read: its other events follow it in the store, and each
   * would otherwise read the whole planning again to learn it is not the first.
   */
  private lastImport: { readonly key: string; readonly firstId: string } | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CATALOGUE_FOR_DOCUMENTS) private readonly catalogue: CatalogueForDocuments,
    @Inject(DOSSIER_READER) private readonly dossiers: DossierReader,
    private readonly contexts: DossierContexts,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async react(e: DecodedEvent<SyncAlertEvent>): Promise<void> {
    const now = this.clock.now();
    if (now.getTime() - Date.parse(e.metadata.occurredAt) > NEWS_FOR_MS) return;
    const told = e.type === 'ImportConflicted' ? await this.conflictsToldBy(e) : [];
    if (e.type === 'ImportConflicted' && told.length === 0) return;
    const { ownerId, accommodationId } = e.data;
    const context = await this.contextOf(ownerId, accommodationId);
    // An owner or accommodation gone since: there is no one to tell, or nothing left to tell about.
    if (!context) return;
    const lang = context.settings.email.languages[0];
    const base = { lang, copy: false as const, sender: senderName(context), accommodationName: context.accommodationName, footer: footerOf(context, lang) };
    const facts: SyncEmailFacts =
      e.type === 'ImportConflicted'
        ? {
            ...base,
            kind: 'OWNER_IMPORT_CONFLICT',
            // An imported hold's reason is its feed's label; '?' as for an age range gone, should one lack it.
            calendar: e.data.hold.reason ?? '?',
            ...(await this.conflictOf(e, ownerId)),
            others: await Promise.all(told.slice(1, CONFLICTS_LISTED).map((c) => this.conflictOf(c, ownerId))),
            unlisted: Math.max(0, told.length - CONFLICTS_LISTED),
          }
        : { ...base, kind: 'OWNER_FEED_SILENT', calendar: e.data.label, lastSuccessAt: e.data.lastSuccessAt };
    const commandContext: CommandContext = { actor: { kind: 'system', id: 'communication' }, now, correlationId: e.metadata.correlationId, causationId: e.id };
    await this.outbox.queue({ cause: e.id, ownerId, dossierId: null, recipient: 'OWNER', to: context.owner.email, replyTo: null, facts, attachment: null }, commandContext);
  }

  /**
   * The owner's conflicts the import that recorded `e` recorded, in the order it did, when `e` is
   * the first of them: its email tells them all. None for any other, so it queues nothing.
   */
  private async conflictsToldBy(e: DecodedEvent<ImportConflicted>): Promise<DecodedEvent<ImportConflicted>[]> {
    // Two calendars on the same nights is no conflict of the owner's (see the planning conflicts' read model).
    if (!isOwners(e)) return [];
    const key = importKey(e);
    if (this.lastImport?.key === key && this.lastImport.firstId !== e.id) return [];
    const conflicts = (await this.store.readStream(e.streamName))
      .filter((r) => r.type === 'ImportConflicted' && r.metadata.correlationId === e.metadata.correlationId)
      .map((r) => decoded(r, planningEvents.decode(r)))
      .filter((c): c is DecodedEvent<ImportConflicted> => c.type === 'ImportConflicted' && importKey(c) === key && isOwners(c));
    this.lastImport = conflicts.length ? { key, firstId: conflicts[0].id } : null;
    return conflicts[0]?.id === e.id ? conflicts : [];
  }

  private async conflictOf(e: ImportConflicted, ownerId: string): Promise<ImportConflictFacts> {
    return { stay: { arrival: e.data.hold.arrival, departure: e.data.hold.departure }, clash: await this.clashOf(e.data.clash, ownerId) };
  }

  private async contextOf(ownerId: string, accommodationId: string): Promise<OwnerContext | null> {
    const [owner, accommodations, settings] = await Promise.all([
      this.catalogue.ownerForDocuments(ownerId),
      this.catalogue.accommodationsForDocuments([accommodationId]),
      this.contexts.settingsOf(ownerId),
    ]);
    const accommodation = accommodations.get(accommodationId);
    return owner && accommodation && accommodation.ownerId === ownerId ? { owner, settings, accommodationName: accommodation.name } : null;
  }

  /** What holds the nights, as the owner knows it: a file by its number, never its guest. */
  private async clashOf(clash: Clash, ownerId: string): Promise<ClashFacts> {
    const nights = { arrival: clash.arrival, departure: clash.departure };
    switch (clash.kind) {
      case 'DOSSIER':
      case 'PENDING_PAYMENT':
        return { ...nights, kind: clash.kind, number: await this.numberOf(clash.dossierId, ownerId) };
      case 'BLOCK':
        return { ...nights, kind: 'BLOCK', reason: clash.reason };
      case 'IMPORTED':
        return { ...nights, kind: 'IMPORTED', calendar: clash.reason };
      default:
        return assertNever(clash.kind);
    }
  }

  /** Null for a file not numbered yet, or one that is not (or no longer) the owner's. */
  private async numberOf(dossierId: string | null, ownerId: string): Promise<number | null> {
    const dossier = dossierId === null ? null : await this.dossiers.dossierOf(dossierId);
    return dossier && dossier.ownerId === ownerId ? dossier.number : null;
  }
}
