import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import { icalFeedEvents, type IcalFeedEvent } from '../domain/ical-feed/ical-feed.events';
import { IcalFeedRowSchema, type IcalFeedRow } from './ical-feed.row';

function evolve(row: IcalFeedRow | null, e: DecodedEvent<IcalFeedEvent>): IcalFeedRow | null {
  switch (e.type) {
    case 'IcalFeedAdded': {
      const { feedId, ownerId, accommodationId, url, platform, label, intervalMinutes, addedAt } = e.data;
      return { id: feedId, ownerId, accommodationId, url, platform, label, intervalMinutes, addedAt: new Date(addedAt) };
    }
    case 'IcalFeedChanged':
      return row && { ...row, label: e.data.label, intervalMinutes: e.data.intervalMinutes };
    case 'IcalFeedRemoved':
      return null;
    case 'IcalFeedImported':
    case 'IcalFeedWentSilent':
    case 'IcalFeedHeardAgain':
      return row;
    default:
      return assertNever(e);
  }
}

export const icalFeedsProjection: Projection<IcalFeedRow, IcalFeedEvent> = {
  name: 'ical-feeds',
  entity: IcalFeedRowSchema,
  tables: ['ical_feeds'],
  handles: ['IcalFeedAdded', 'IcalFeedChanged', 'IcalFeedRemoved'],
  decode: icalFeedEvents.decode,
  rowIds: (e) => [e.data.feedId],
  evolve,
};
