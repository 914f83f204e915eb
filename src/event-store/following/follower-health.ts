import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventStore } from '../event-store.port';
import { comparePositions, formatPosition, type Position } from '../position';
import { followerStatuses } from './checkpoints';
import { parkedCounts } from './parked-events';

/** When a follower counts as behind: too many events not applied yet, or the oldest waiting too long. */
export interface LagThresholds {
  readonly events: number;
  readonly seconds: number;
}

export const DEFAULT_LAG: LagThresholds = { events: 1000, seconds: 60 };

export interface FollowerReport {
  readonly name: string;
  readonly position: string;
  /** Events after its checkpoint, counted up to one past the threshold. */
  readonly lagEvents: number;
  /** How long the oldest of them has waited, in seconds; 0 when none waits. */
  readonly lagSeconds: number;
  /** Events it could not apply, waiting for a replay. */
  readonly parked: number;
  readonly lastError: string | null;
  readonly healthy: boolean;
}

/**
 * How each projection and policy stands, for `/health/ready` and an operator's CLI: read from
 * the checkpoints and parked events every instance shares, so any instance answers for all.
 */
export async function followerReports(em: EntityManager, store: EventStore, names: readonly string[], now: Date, lag: LagThresholds = DEFAULT_LAG): Promise<FollowerReport[]> {
  if (names.length === 0) return [];
  const [statuses, parked] = await Promise.all([followerStatuses(em, names), parkedCounts(em)]);
  // Followers usually stand at the same position: the store is asked once per distinct one.
  const lags = new Map<string, Promise<{ events: number; oldestRecordedAt: Date | null }>>();
  const lagOf = (position: Position) => {
    const key = formatPosition(position);
    if (!lags.has(key)) lags.set(key, store.lagAfter(position, lag.events + 1));
    return lags.get(key) as Promise<{ events: number; oldestRecordedAt: Date | null }>;
  };
  return Promise.all(
    statuses
      .sort((a, b) => comparePositions(a.position, b.position) || a.name.localeCompare(b.name))
      .map(async (status) => {
        const behind = await lagOf(status.position);
        const lagSeconds = behind.oldestRecordedAt ? Math.max(0, Math.round((now.getTime() - behind.oldestRecordedAt.getTime()) / 1000)) : 0;
        const parkedCount = parked.get(status.name) ?? 0;
        return {
          name: status.name,
          position: formatPosition(status.position),
          lagEvents: behind.events,
          lagSeconds,
          parked: parkedCount,
          lastError: status.lastError,
          healthy: parkedCount === 0 && behind.events <= lag.events && lagSeconds <= lag.seconds,
        };
      }),
  );
}
