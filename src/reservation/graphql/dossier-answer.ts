import type { Command, CommandBus, QueryBus } from '@nestjs/cqrs';
import { WaitForReadModels } from '../../event-store/projection/wait-for-read-models.query';
import type { DossierChange } from '../application/create-dossier.handler';
import { DossierNotFound } from '../domain/dossier/dossier.errors';
import type { DossierDocument } from '../infrastructure/dossier-document';
import { GetDossier, GetDossierFromEvents } from '../infrastructure/dossier.queries';
import { dossierType, type DossierType } from './dossier.types';

/** What a file's answer is read from: the file, the planning its nights are on, and the directory of its guest. */
export const DOSSIER_READ_MODELS: readonly string[] = ['dossiers', 'planning-holds', 'guest-directory'];

/**
 * Runs a change of a file and answers the file once the read models show it, so the caller's next
 * query sees it too. Should they lag further than the wait allows, the answer is folded from the
 * file's own events: the change that happened, never a stale file or NOT_FOUND.
 */
export async function answerDossier(
  commands: CommandBus,
  queries: QueryBus,
  ownerId: string,
  change: Command<DossierChange>,
  alsoWaitFor: readonly string[] = [],
): Promise<DossierType> {
  const { dossierId, position }: DossierChange = await commands.execute(change);
  const caughtUp: boolean = await queries.execute(new WaitForReadModels(position, [...DOSSIER_READ_MODELS, ...alsoWaitFor]));
  const view: DossierDocument | null = await queries.execute(caughtUp ? new GetDossier(ownerId, dossierId) : new GetDossierFromEvents(ownerId, dossierId));
  if (!view) throw new DossierNotFound(dossierId);
  return dossierType(view);
}
