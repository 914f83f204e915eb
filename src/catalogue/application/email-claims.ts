import { handleCommand, type CommandContext } from '../../event-store/command-handler';
import type { EventStore } from '../../event-store/event-store.port';
import { command } from '../../shared/kernel/message';
import { destinationEmailClaimDecider, destinationEmailClaimStream } from '../domain/destination/destination-email-claim.decider';
import { emailClaimDecider, emailClaimStream } from '../domain/owner/email-claim.decider';
import type { Email } from '../../shared/kernel/email';

/** Takes an address for an owner; throws EmailAlreadyInUse (naming `field`) if another holds it. */
async function claimEmail(store: EventStore, email: Email, ownerId: string, field: string, context: CommandContext): Promise<void> {
  await handleCommand(store, emailClaimStream(email), emailClaimDecider, command('ClaimEmail', { email, ownerId, field }), context);
}

async function releaseEmail(store: EventStore, email: Email, ownerId: string, context: CommandContext): Promise<void> {
  await handleCommand(store, emailClaimStream(email), emailClaimDecider, command('ReleaseEmail', { email, ownerId }), context);
}

/** An address held for one account: taken before the account is registered or moved to it, given back if that fails. */
export interface AddressClaim {
  readonly email: Email;
  readonly take: () => Promise<void>;
  readonly release: () => Promise<void>;
}

export const ownerEmailClaim = (store: EventStore, email: Email, ownerId: string, field: string, context: CommandContext): AddressClaim => ({
  email,
  take: () => claimEmail(store, email, ownerId, field, context),
  release: () => releaseEmail(store, email, ownerId, context),
});

/** A destination's addresses are claimed apart from owners': one address may open one of each. */
export const destinationEmailClaim = (store: EventStore, email: Email, destinationId: string, field: string, context: CommandContext): AddressClaim => ({
  email,
  take: async () => {
    await handleCommand(store, destinationEmailClaimStream(email), destinationEmailClaimDecider, command('ClaimDestinationEmail', { email, destinationId, field }), context);
  },
  release: async () => {
    await handleCommand(store, destinationEmailClaimStream(email), destinationEmailClaimDecider, command('ReleaseDestinationEmail', { email, destinationId }), context);
  },
});

/**
 * Registers an account under the address it claims. The claim comes first: of two concurrent
 * sign-ups with one address, only one gets past it. A registration that fails gives the address
 * back, quietly, since its own error is what the caller must see.
 */
export async function registerUnderClaim<T>(claim: AddressClaim, register: () => Promise<T>): Promise<T> {
  await claim.take();
  return register().catch(async (error: unknown) => {
    await claim.release().catch(() => undefined);
    throw error;
  });
}

/**
 * Moves an account from one address to another under the same rule: the new address is claimed
 * first and given back if the move fails, so nothing is half-written; the old one is freed only
 * once the account has left it. A change of letter case only keeps the one claim, which holds the
 * lower-cased form.
 */
export async function moveUnderClaim<T>(from: AddressClaim, to: AddressClaim, move: () => Promise<T>): Promise<T> {
  if (from.email.normalized === to.email.normalized) return move();
  const moved = await registerUnderClaim(to, move);
  await from.release();
  return moved;
}
