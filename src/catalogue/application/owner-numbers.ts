import type { EntityManager } from '@mikro-orm/postgresql';
import { handleCommand, loadState, type CommandContext } from '../../event-store/command-handler';
import type { EventStore } from '../../event-store/event-store.port';
import { WrongExpectedRevision } from '../../event-store/wrong-expected-revision.error';
import { Conflict } from '../../shared/kernel/errors';
import { command } from '../../shared/kernel/message';
import { ownerNumberClaimDecider, ownerNumberStream, OwnerNumberTaken } from '../domain/owner/owner-number-claim.decider';
import { ownerDecider, ownerStream } from '../domain/owner/owner.decider';
import { OwnerNotFound } from '../domain/owner/owner.errors';

/**
 * Probing starts just above the highest number the read model shows; a lagging read model only
 * costs a few more probes, because the claim streams, not the read model, decide who wins.
 */
const MAX_PROBES = 1000;

export async function claimOwnerNumber(store: EventStore, em: EntityManager, ownerId: string, context: CommandContext): Promise<number> {
  const [{ highest }] = await em.fork().execute<{ highest: number }[]>('SELECT coalesce(max(number), 0) AS highest FROM owners');
  for (let number = Number(highest) + 1, probes = 0; probes < MAX_PROBES; number++, probes++) {
    try {
      await handleCommand(store, ownerNumberStream(number), ownerNumberClaimDecider, command('ClaimOwnerNumber', { number, ownerId }), context, { maxAttempts: 1 });
      return number;
    } catch (error) {
      if (!(error instanceof OwnerNumberTaken || error instanceof WrongExpectedRevision)) throw error;
    }
  }
  throw new Conflict('No owner number could be found free; try again');
}

/** Accounts opened before owner numbers existed get theirs the first time one is needed. */
export async function ensureOwnerNumber(store: EventStore, em: EntityManager, ownerId: string, context: CommandContext): Promise<number> {
  const owner = await loadState(store, ownerStream(ownerId), ownerDecider);
  if (owner.status !== 'registered') throw new OwnerNotFound(ownerId);
  if (owner.number !== null) return owner.number;
  const number = await claimOwnerNumber(store, em, ownerId, context);
  const outcome = await handleCommand(store, ownerStream(ownerId), ownerDecider, command('AssignOwnerNumber', { number }), context);
  // A concurrent call may have assigned another number first: that one stands.
  return outcome.state.status === 'registered' && outcome.state.number !== null ? outcome.state.number : number;
}
