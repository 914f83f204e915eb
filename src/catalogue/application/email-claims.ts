import { handleCommand, type CommandContext } from '../../event-store/command-handler';
import type { EventStore } from '../../event-store/event-store.port';
import { command } from '../../shared/kernel/message';
import { emailClaimDecider, emailClaimStream } from '../domain/owner/email-claim.decider';
import type { Email } from '../../shared/kernel/email';

/** Takes an address for an owner; throws EmailAlreadyInUse (naming `field`) if another holds it. */
export async function claimEmail(store: EventStore, email: Email, ownerId: string, field: string, context: CommandContext): Promise<void> {
  await handleCommand(store, emailClaimStream(email), emailClaimDecider, command('ClaimEmail', { email, ownerId, field }), context);
}

export async function releaseEmail(store: EventStore, email: Email, ownerId: string, context: CommandContext): Promise<void> {
  await handleCommand(store, emailClaimStream(email), emailClaimDecider, command('ReleaseEmail', { email, ownerId }), context);
}

/** Undoing a claim after a failed step: the original error is what the caller must see. */
export async function releaseQuietly(store: EventStore, email: Email, ownerId: string, context: CommandContext): Promise<void> {
  await releaseEmail(store, email, ownerId, context).catch(() => undefined);
}
