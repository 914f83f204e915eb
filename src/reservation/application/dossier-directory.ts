import { Inject, Injectable } from '@nestjs/common';
import { loadState } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { isUuid } from '../../shared/kernel/ids';
import type { DossierDirectory } from '../contracts';
import { dossierDecider, dossierStream } from '../domain/dossier/dossier.decider';

/** Read from the file's stream, not the read model: a file opened a moment ago is already there. */
@Injectable()
export class DossierDirectoryImpl implements DossierDirectory {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async ownerOf(dossierId: string): Promise<string | null> {
    if (!isUuid(dossierId)) return null;
    const dossier = await loadState(this.store, dossierStream(dossierId), dossierDecider);
    return dossier === null || dossier.deleted ? null : dossier.ownerId;
  }
}
