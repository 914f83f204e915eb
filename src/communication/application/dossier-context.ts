import { Inject, Injectable } from '@nestjs/common';
import { CATALOGUE_FOR_DOCUMENTS, type AccommodationForDocuments, type CatalogueForDocuments, type OwnerForDocuments } from '../../catalogue/contracts';
import { loadState } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { DEPOSIT_POLICIES, type DepositPolicies, type DepositPolicy } from '../../paiement/contracts';
import { DOSSIER_READER, type DossierReader, type DossierView } from '../../reservation/contracts';
import { localDayAndHour, type CalendarDate } from '../../shared/kernel/calendar-date';
import { communicationSettingsDecider, communicationSettingsStream, type CommunicationSettings } from '../domain/settings/communication-settings.decider';

/**
 * Everything the contexts know that a file's document or email says: the file from its own
 * events, the owner and accommodations from Catalogue, the ways to pay from Paiement, and the
 * owner's wording from its own stream, so settings saved a moment ago already apply.
 */
export interface DossierContext {
  readonly dossier: DossierView;
  readonly owner: OwnerForDocuments;
  readonly accommodations: ReadonlyMap<string, AccommodationForDocuments>;
  readonly ageRangeLabels: ReadonlyMap<string, string>;
  readonly policy: DepositPolicy;
  readonly settings: CommunicationSettings;
  /** The day it is where the file's accommodation is. */
  readonly today: CalendarDate;
}

@Injectable()
export class DossierContexts {
  constructor(
    @Inject(DOSSIER_READER) private readonly dossiers: DossierReader,
    @Inject(CATALOGUE_FOR_DOCUMENTS) private readonly catalogue: CatalogueForDocuments,
    @Inject(DEPOSIT_POLICIES) private readonly policies: DepositPolicies,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** Null when the file does not exist, was deleted, or is not `ownerId`'s (when given). */
  async of(dossierId: string, now: Date, ownerId?: string): Promise<DossierContext | null> {
    const dossier = await this.dossiers.dossierOf(dossierId);
    if (!dossier || (ownerId !== undefined && dossier.ownerId !== ownerId)) return null;
    const accommodationIds = [...new Set(dossier.stays.map((s) => s.accommodationId))];
    const [owner, accommodations, policy, settings] = await Promise.all([
      this.catalogue.ownerForDocuments(dossier.ownerId),
      this.catalogue.accommodationsForDocuments(accommodationIds),
      this.policies.policyOf(dossier.ownerId),
      this.settingsOf(dossier.ownerId),
    ]);
    if (!owner) return null;
    const ageRangeLabels = new Map(owner.ageRanges.map((r) => [r.ageRangeId, r.label]));
    return { dossier, owner, accommodations, ageRangeLabels, policy, settings, today: localDayAndHour(now, dossier.timeZone).date };
  }

  settingsOf(ownerId: string): Promise<CommunicationSettings> {
    return loadState(this.store, communicationSettingsStream(ownerId), communicationSettingsDecider);
  }
}
