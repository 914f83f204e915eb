import { z } from 'zod';
import { calendarDateSchema, instantSchema } from '../../../shared/kernel/event-schemas';
import { eventCodec } from '../../../shared/kernel/event-codec';
import type { CalendarDate } from '../../../shared/kernel/calendar-date';
import type { Event } from '../../../shared/kernel/message';
import { ICAL_PLATFORMS, type IcalPlatform } from './platform-profiles';

/**
 * The events of an `ical-feed-<feedId>` stream: another platform's calendar an owner imports
 * into one accommodation, and the stays it was last read to hold. What each fetch found out
 * (its time, its error) is not an event: a feed read every 15 minutes that says the same thing
 * appends nothing. A stored contract: a change of shape is a new version.
 */
export interface IcalFeedAdded {
  readonly feedId: string;
  readonly ownerId: string;
  readonly accommodationId: string;
  readonly url: string;
  readonly platform: IcalPlatform;
  readonly label: string;
  readonly intervalMinutes: number;
  readonly addedAt: string;
}

export interface IcalFeedChanged {
  readonly feedId: string;
  readonly ownerId: string;
  readonly label: string;
  readonly intervalMinutes: number;
  readonly changedAt: string;
}

export interface IcalFeedRemoved {
  readonly feedId: string;
  readonly ownerId: string;
  readonly accommodationId: string;
  readonly removedAt: string;
}

/** A stay the feed lists, as held on the planning: its hold's id names the feed, the UID and the occurrence. */
export interface ImportedEntry {
  readonly holdId: string;
  readonly arrival: CalendarDate;
  readonly departure: CalendarDate;
}

/**
 * What changed in the feed since it was last read: stays that appeared or moved, and stays it
 * dropped. `confirmedBy` says why a loss the import held as suspicious was taken at last.
 */
export interface IcalFeedImported {
  readonly feedId: string;
  readonly ownerId: string;
  readonly accommodationId: string;
  readonly upserted: readonly ImportedEntry[];
  readonly dropped: readonly string[];
  readonly confirmedBy: 'FEED' | 'REPEATED' | 'OWNER';
  readonly importedAt: string;
}

/** The feed has not been read successfully for more than three intervals: the owner is told, once. */
export interface IcalFeedWentSilent {
  readonly feedId: string;
  readonly ownerId: string;
  readonly accommodationId: string;
  /** The feed's label, for the owner's email. */
  readonly label: string;
  /** Null when it was never read. */
  readonly lastSuccessAt: string | null;
  readonly flaggedAt: string;
}

export interface IcalFeedHeardAgain {
  readonly feedId: string;
  readonly ownerId: string;
  readonly heardAt: string;
}

export type IcalFeedEvent =
  | Event<'IcalFeedAdded', IcalFeedAdded>
  | Event<'IcalFeedChanged', IcalFeedChanged>
  | Event<'IcalFeedRemoved', IcalFeedRemoved>
  | Event<'IcalFeedImported', IcalFeedImported>
  | Event<'IcalFeedWentSilent', IcalFeedWentSilent>
  | Event<'IcalFeedHeardAgain', IcalFeedHeardAgain>;

const entry = z.object({ holdId: z.string(), arrival: calendarDateSchema, departure: calendarDateSchema });

export const icalFeedEvents = eventCodec<IcalFeedEvent>('ical-feed', {
  IcalFeedAdded: {
    version: 1,
    schema: z.object({
      feedId: z.string(),
      ownerId: z.string(),
      accommodationId: z.string(),
      url: z.string(),
      platform: z.enum(ICAL_PLATFORMS),
      label: z.string(),
      intervalMinutes: z.number().int(),
      addedAt: instantSchema,
    }),
  },
  IcalFeedChanged: {
    version: 1,
    schema: z.object({ feedId: z.string(), ownerId: z.string(), label: z.string(), intervalMinutes: z.number().int(), changedAt: instantSchema }),
  },
  IcalFeedRemoved: { version: 1, schema: z.object({ feedId: z.string(), ownerId: z.string(), accommodationId: z.string(), removedAt: instantSchema }) },
  IcalFeedImported: {
    version: 1,
    schema: z.object({
      feedId: z.string(),
      ownerId: z.string(),
      accommodationId: z.string(),
      upserted: z.array(entry),
      dropped: z.array(z.string()),
      confirmedBy: z.enum(['FEED', 'REPEATED', 'OWNER']),
      importedAt: instantSchema,
    }),
  },
  IcalFeedWentSilent: {
    version: 1,
    schema: z.object({ feedId: z.string(), ownerId: z.string(), accommodationId: z.string(), label: z.string(), lastSuccessAt: instantSchema.nullable(), flaggedAt: instantSchema }),
  },
  IcalFeedHeardAgain: { version: 1, schema: z.object({ feedId: z.string(), ownerId: z.string(), heardAt: instantSchema }) },
});
