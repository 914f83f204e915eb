import type { EntityManager } from '@mikro-orm/postgresql';
import type { FollowerReport } from './follower-health';
import { listParked, requestReplay, type ParkedEvent } from './parked-events';

/** One line per follower: what an operator reads first. */
export function reportLines(reports: readonly FollowerReport[]): string[] {
  return reports.map((r) => {
    const lag = r.lagEvents === 0 ? 'up to date' : `${r.lagEvents} event${r.lagEvents === 1 ? '' : 's'} behind (oldest ${r.lagSeconds} s)`;
    const parked = r.parked === 0 ? '' : `, ${r.parked} parked`;
    const error = r.lastError ? `; last error: ${r.lastError}` : '';
    return `${r.healthy ? 'ok      ' : 'DEGRADED'} ${r.name}: ${lag}${parked} at ${r.position}${error}`;
  });
}

export function parkedLines(parked: readonly ParkedEvent[]): string[] {
  return parked.map(
    (p) =>
      `${p.follower}  ${p.kind}  ${p.type} ${p.eventId} (${p.streamName}@${p.streamRevision})  parked ${p.parkedAt.toISOString()}, ${p.attempts} tr${p.attempts === 1 ? 'y' : 'ies'}` +
      `${p.replayRequestedAt ? ', replay asked' : ''}${p.resolvedAt ? `, resolved ${p.resolvedAt.toISOString()}` : ''}\n    ${p.error}`,
  );
}

export interface ReplayOutcome {
  readonly asked: number;
  readonly resolved: number;
  /** Still parked after the replay: they failed again, with why. */
  readonly failed: ParkedEvent[];
  /** Not looked at before the timeout: no instance runs their follower? */
  readonly waiting: ParkedEvent[];
}

/**
 * Asks the instances running these followers (all when null) to replay what they parked, and
 * waits until each parked event is resolved or has failed again.
 */
export async function replayParked(em: EntityManager, followers: readonly string[] | null, timeoutMs: number, pollMs = 250): Promise<ReplayOutcome> {
  const before = await listParked(em, { followers: followers ?? undefined });
  const failedBefore = before.filter((p) => p.kind === 'FAILED');
  const asked = await requestReplay(em, followers);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = await listParked(em, { followers: followers ?? undefined });
    const mine = now.filter((p) => failedBefore.some((b) => b.id === p.id));
    const waiting = mine.filter((p) => p.replayRequestedAt !== null);
    if (waiting.length === 0 || Date.now() > deadline) {
      return { asked, resolved: failedBefore.length - mine.length, failed: mine.filter((p) => p.replayRequestedAt === null), waiting };
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
