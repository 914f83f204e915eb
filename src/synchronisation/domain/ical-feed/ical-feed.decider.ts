import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { NotFound } from '../../../shared/kernel/errors';
import { event, type Command } from '../../../shared/kernel/message';
import {
  icalFeedEvents,
  type IcalFeedAdded,
  type IcalFeedChanged,
  type IcalFeedEvent,
  type IcalFeedImported,
  type IcalFeedRemoved,
  type IcalFeedWentSilent,
  type ImportedEntry,
} from './ical-feed.events';

export type { IcalFeedEvent, ImportedEntry };

/** Stream `ical-feed-<feedId>`. */
export const icalFeedStream = (feedId: string): string => `ical-feed-${feedId}`;

export type IcalFeedCommand =
  | Command<'AddIcalFeed', IcalFeedAdded>
  | Command<'ChangeIcalFeed', IcalFeedChanged>
  | Command<'RemoveIcalFeed', IcalFeedRemoved>
  /** The feed's stays as the import now takes them (all of them: a stay left out is dropped). */
  | Command<'RecordIcalImport', Omit<IcalFeedImported, 'upserted' | 'dropped'> & { entries: readonly ImportedEntry[] }>
  | Command<'FlagIcalFeedSilent', IcalFeedWentSilent>
  | Command<'MarkIcalFeedHeard', { feedId: string; ownerId: string; heardAt: string }>;

/** A feed as its owner set it. */
export type IcalFeedDefinition = Omit<IcalFeedAdded, 'addedAt'>;

export interface KnownIcalFeed extends IcalFeedDefinition {
  readonly status: 'ACTIVE' | 'REMOVED';
  /** The stays the feed holds on the planning, by hold id. */
  readonly entries: ReadonlyMap<string, ImportedEntry>;
  readonly silent: boolean;
}

export type IcalFeed = { readonly status: 'NONE' } | KnownIcalFeed;

/** A feed the caller may act on: theirs and not removed; anything else does not exist for them. */
export function activeFeed(state: IcalFeed, feedId: string, ownerId: string): KnownIcalFeed {
  if (state.status !== 'ACTIVE' || state.ownerId !== ownerId) throw new NotFound('iCal feed', feedId, 'id');
  return state;
}

export function decide(command: IcalFeedCommand, state: IcalFeed): IcalFeedEvent[] {
  if (command.type === 'AddIcalFeed') return state.status === 'NONE' ? [event('IcalFeedAdded', command.data)] : [];
  const { feedId, ownerId } = command.data;
  // Removed twice (two tabs) is removed once.
  if (command.type === 'RemoveIcalFeed' && state.status === 'REMOVED' && state.ownerId === ownerId) return [];
  const feed = activeFeed(state, feedId, ownerId);
  switch (command.type) {
    case 'ChangeIcalFeed':
      return command.data.label === feed.label && command.data.intervalMinutes === feed.intervalMinutes ? [] : [event('IcalFeedChanged', command.data)];
    case 'RemoveIcalFeed':
      return [event('IcalFeedRemoved', command.data)];
    case 'RecordIcalImport': {
      const { entries, ...imported } = command.data;
      const next = new Map(entries.map((e) => [e.holdId, e]));
      const upserted = entries.filter((e) => {
        const known = feed.entries.get(e.holdId);
        return !known || known.arrival !== e.arrival || known.departure !== e.departure;
      });
      const dropped = [...feed.entries.keys()].filter((holdId) => !next.has(holdId));
      return upserted.length === 0 && dropped.length === 0 ? [] : [event('IcalFeedImported', { ...imported, upserted, dropped })];
    }
    case 'FlagIcalFeedSilent':
      return feed.silent ? [] : [event('IcalFeedWentSilent', command.data)];
    case 'MarkIcalFeedHeard':
      return feed.silent ? [event('IcalFeedHeardAgain', command.data)] : [];
    default:
      return assertNever(command);
  }
}

export function evolve(state: IcalFeed, e: IcalFeedEvent): IcalFeed {
  if (e.type === 'IcalFeedAdded') {
    const { feedId, ownerId, accommodationId, url, platform, label, intervalMinutes } = e.data;
    return { feedId, ownerId, accommodationId, url, platform, label, intervalMinutes, status: 'ACTIVE', entries: new Map(), silent: false };
  }
  if (state.status === 'NONE') return state;
  switch (e.type) {
    case 'IcalFeedChanged':
      return { ...state, label: e.data.label, intervalMinutes: e.data.intervalMinutes };
    case 'IcalFeedRemoved':
      return { ...state, status: 'REMOVED' };
    case 'IcalFeedImported': {
      const entries = new Map(state.entries);
      for (const holdId of e.data.dropped) entries.delete(holdId);
      for (const entry of e.data.upserted) entries.set(entry.holdId, entry);
      return { ...state, entries };
    }
    case 'IcalFeedWentSilent':
      return { ...state, silent: true };
    case 'IcalFeedHeardAgain':
      return { ...state, silent: false };
    default:
      return assertNever(e);
  }
}

export const icalFeedDecider: Decider<IcalFeedCommand, IcalFeedEvent, IcalFeed> = {
  decide,
  evolve,
  initialState: () => ({ status: 'NONE' }),
  events: icalFeedEvents,
};
