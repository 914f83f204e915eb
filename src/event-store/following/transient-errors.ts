import { ConnectionException } from '@mikro-orm/core';
import { PersonalDataKeysSealedElsewhere } from '../personal-data/keyring';
import { WrongExpectedRevision } from '../wrong-expected-revision.error';
import { CheckpointMoved } from './checkpoints';

/** SQLSTATE classes that say the database, not the event, is at fault: connection, resources, shutdown. */
const TRANSIENT_SQL_STATE = /^(08|53|57P|58)/;
/** A concurrent transaction won: serialisation failure, deadlock. Trying again is the cure. */
const CONCURRENCY_SQL_STATE = new Set(['40001', '40P01']);
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  // MikroORM wraps the driver's error and keeps its SQLSTATE in `code`, pg and Node errors have theirs there too.
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Whether an error will likely go away by itself: the database away or busy, a concurrent writer,
 * a rebuild moving the checkpoint, personal data keys sealed under a master key the configuration
 * no longer names. A follower waits and tries again, and never parks an event for it. Anything
 * else is the event's (or the code's) fault: after a few tries it is parked.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof CheckpointMoved || error instanceof WrongExpectedRevision || error instanceof ConnectionException) return true;
  if (error instanceof PersonalDataKeysSealedElsewhere) return true;
  const code = codeOf(error);
  if (code && (TRANSIENT_SQL_STATE.test(code) || CONCURRENCY_SQL_STATE.has(code) || NETWORK_CODES.has(code))) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|connection (is )?closed|Client has encountered a connection error|timeout exceeded when trying to connect/i.test(message);
}
