import { randomUUID } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext } from '../../event-store/command-handler';
import { InvalidInput } from '../../shared/kernel/errors';
import { isUuid } from '../../shared/kernel/ids';
import { command } from '../../shared/kernel/message';
import { money } from '../../shared/kernel/money';
import { optionalText, requiredText, TEXT_LIMITS } from '../../shared/kernel/text';
import type { DossierCommand } from '../domain/dossier/dossier.decider';
import { DossierNotFound } from '../domain/dossier/dossier.errors';
import { parseGuest, type GuestInput } from '../domain/dossier/guest';
import { noteText, type DossierChange } from './create-dossier.handler';
import { DossierSteps } from './dossier-steps';
import type { CancellingParty } from '../domain/dossier/dossier';

/** A change of the file alone, with no nights to hold: confirm, cancel, delete, notes, guest, extras. */
export class ChangeDossier extends Command<DossierChange> {
  constructor(
    readonly ownerId: string,
    readonly dossierId: string,
    readonly change:
      | { readonly type: 'ConfirmDossier' }
      | { readonly type: 'CancelDossier'; readonly reason: string | null; readonly by?: CancellingParty | null }
      | { readonly type: 'DeleteDossier' }
      | { readonly type: 'AddGlobalSupplement'; readonly label: string; readonly cents: number }
      /** Undefined keeps a note as it is; null clears it. */
      | { readonly type: 'SetDossierNotes'; readonly note?: string | null; readonly internalNote?: string | null }
      | { readonly type: 'ChangeGuest'; readonly guest: GuestInput }
      | { readonly type: 'MarkContractSigned' },
  ) {
    super();
  }
}

/** Cancelling or deleting a file frees its nights at once, here (`DossierSteps.freeNightsIfEnded`). */
@CommandHandler(ChangeDossier)
export class ChangeDossierHandler implements ICommandHandler<ChangeDossier> {
  constructor(private readonly steps: DossierSteps) {}

  async execute({ ownerId, dossierId, change }: ChangeDossier): Promise<DossierChange> {
    if (!isUuid(dossierId)) throw new DossierNotFound(dossierId);
    const context = this.steps.asOwner(ownerId);
    const outcome = await this.steps.decide(commandFor(ownerId, dossierId, change, context), context);
    // The answer waits for the last nights freed, so the caller's next planning shows them free.
    return { dossierId, position: await this.steps.freeNightsIfEnded(ownerId, outcome, context) };
  }
}

function commandFor(ownerId: string, dossierId: string, change: ChangeDossier['change'], context: CommandContext): DossierCommand {
  const addressed = { dossierId, ownerId };
  switch (change.type) {
    case 'ConfirmDossier':
    case 'DeleteDossier':
    case 'MarkContractSigned':
      return command(change.type, addressed);
    case 'CancelDossier':
      return command('CancelDossier', { ...addressed, reason: optionalText('reason', change.reason, TEXT_LIMITS.line), cancelledAt: context.now.toISOString(), by: change.by ?? null });
    case 'SetDossierNotes':
      return command('SetDossierNotes', { ...addressed, note: keptOr(change.note, (v) => noteText('note', v)), internalNote: keptOr(change.internalNote, (v) => noteText('internalNote', v)) });
    case 'ChangeGuest':
      return command('ChangeGuest', { ...addressed, guest: parseGuest('guest', change.guest) });
    case 'AddGlobalSupplement': {
      const label = requiredText('label', change.label, TEXT_LIMITS.line);
      const amount = money('cents', change.cents, { allowNegative: true });
      if (amount.cents === 0) throw new InvalidInput('cents', 'must not be 0');
      return command('AddGlobalSupplement', { ...addressed, supplement: { supplementId: randomUUID(), label, amount } });
    }
  }
}

const keptOr = (value: string | null | undefined, parse: (value: string | null) => string | null): string | null | undefined => (value === undefined ? undefined : parse(value));
