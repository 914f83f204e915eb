import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { LangEnum, type Lang } from '../../shared/graphql/lang.type';
import { exportUrlForFeed, IcalExports } from '../application/ical-exports';
import { IcalFeeds, type IcalFeedView } from '../application/ical-feeds';
import { CONFIRMATIONS_NEEDED } from '../domain/ical-feed/import-plan';
import { PLATFORM_PROFILES } from '../domain/ical-feed/platform-profiles';
import { fetchErrorText, problemText } from './feed-texts';
import { IcalFeedChanges, IcalFeedInput, IcalFeedType, SyncConflictType, type IcalFeedStatus } from './ical-feed.types';

/** Counts by meaning, for a platform whose SUMMARY words say it. */
function wording(feed: IcalFeedView, status: IcalFeedView['status']): Pick<IcalFeedType, 'bookedCount' | 'closedCount'> {
  const profile = PLATFORM_PROFILES[feed.platform];
  const meanings = status?.meanings ?? null;
  return {
    bookedCount: profile.booked !== null && meanings ? meanings.booked : null,
    closedCount: profile.closed !== null && meanings ? meanings.closed : null,
  };
}

const langArg = { type: () => LangEnum, nullable: true, description: 'The language of errors and problems: French unless said' } as const;

/** The calendars an owner imports from other platforms, how each is read, and the double bookings found. */
@Resolver()
export class IcalFeedResolver {
  constructor(
    private readonly feeds: IcalFeeds,
    private readonly exports: IcalExports,
  ) {}

  @Query(() => [IcalFeedType], { description: 'The calendars imported into one accommodation, or into all the caller’s' })
  async icalFeeds(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('accommodationId', { type: () => ID, nullable: true }) accommodationId: string | null,
    @Args('lang', langArg) lang: Lang | null,
  ): Promise<IcalFeedType[]> {
    const feeds = await this.feeds.list(caller.ownerId, accommodationId ?? null);
    // One export URL per accommodation, however many feeds it imports.
    const urls = new Map<string, Promise<string>>();
    const urlOf = (id: string): Promise<string> => {
      const known = urls.get(id) ?? this.exports.urlOf(caller.ownerId, id);
      urls.set(id, known);
      return known;
    };
    return Promise.all(feeds.map(async (feed) => this.typeOf(feed, lang ?? 'FR', await urlOf(feed.accommodationId))));
  }

  @Mutation(() => IcalFeedType, { description: 'Imports another platform’s calendar into the accommodation’s planning, and reads it at once' })
  async addIcalFeed(@CurrentOwner() caller: AuthenticatedOwner, @Args('input', { type: () => IcalFeedInput }) input: IcalFeedInput, @Args('lang', langArg) lang: Lang | null): Promise<IcalFeedType> {
    return this.one(caller.ownerId, await this.feeds.add(caller.ownerId, input), lang);
  }

  @Mutation(() => IcalFeedType, { description: 'Renames the feed or changes how often it is read' })
  async changeIcalFeed(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('id', { type: () => ID }) id: string,
    @Args('changes', { type: () => IcalFeedChanges }) changes: IcalFeedChanges,
    @Args('lang', langArg) lang: Lang | null,
  ): Promise<IcalFeedType> {
    return this.one(caller.ownerId, await this.feeds.change(caller.ownerId, id, changes), lang);
  }

  @Mutation(() => Boolean, { description: 'Stops importing the feed and frees every night it held' })
  removeIcalFeed(@CurrentOwner() caller: AuthenticatedOwner, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.feeds.remove(caller.ownerId, id);
  }

  @Mutation(() => IcalFeedType, { description: 'Reads the feed now (asked again within 10 seconds, answers how the last read went)' })
  async syncIcalFeed(@CurrentOwner() caller: AuthenticatedOwner, @Args('id', { type: () => ID }) id: string, @Args('lang', langArg) lang: Lang | null): Promise<IcalFeedType> {
    return this.one(caller.ownerId, await this.feeds.syncNow(caller.ownerId, id), lang);
  }

  @Mutation(() => IcalFeedType, { description: 'Reads the feed now and believes its answer, however many stays it drops (a SUSPICIOUS feed the owner checked)' })
  async confirmIcalFeed(@CurrentOwner() caller: AuthenticatedOwner, @Args('id', { type: () => ID }) id: string, @Args('lang', langArg) lang: Lang | null): Promise<IcalFeedType> {
    return this.one(caller.ownerId, await this.feeds.syncNow(caller.ownerId, id, true), lang);
  }

  @Query(() => [SyncConflictType], { description: 'Stays other calendars list on nights the planning gives to a file or a block, by arrival' })
  async syncConflicts(@CurrentOwner() caller: AuthenticatedOwner, @Args('accommodationId', { type: () => ID, nullable: true }) accommodationId: string | null): Promise<SyncConflictType[]> {
    const conflicts = await this.feeds.conflicts(caller.ownerId, accommodationId ?? null);
    return conflicts.map((c) => ({
      id: c.holdId,
      accommodationId: c.accommodationId,
      feedId: c.source,
      label: c.label,
      arrival: c.arrival,
      departure: c.departure,
      heldBy: { kind: c.clash.kind, dossierId: c.clash.dossierId, arrival: c.clash.arrival, departure: c.clash.departure },
      since: c.since,
    }));
  }

  private async one(ownerId: string, feed: IcalFeedView, lang: Lang | null): Promise<IcalFeedType> {
    return this.typeOf(feed, lang ?? 'FR', await this.exports.urlOf(ownerId, feed.accommodationId));
  }

  /** The feed as the API shows it; `exportUrl` is its accommodation's export URL. */
  private typeOf(feed: IcalFeedView, lang: Lang, exportUrl: string): IcalFeedType {
    const { status } = feed;
    const failing = status?.lastErrorCode != null;
    const state: IcalFeedStatus = status === null || (status.lastAttemptAt === null && status.lastSuccessAt === null) ? 'PENDING' : status.silent ? 'SILENT' : failing ? 'FAILING' : status.suspicion ? 'SUSPICIOUS' : 'OK';
    return {
      id: feed.feedId,
      accommodationId: feed.accommodationId,
      url: feed.url,
      platform: feed.platform,
      label: feed.label,
      intervalMinutes: feed.intervalMinutes,
      status: state,
      lastSuccessAt: status?.lastSuccessAt ?? null,
      lastAttemptAt: status?.lastAttemptAt ?? null,
      nextFetchAt: status?.nextDueAt ?? null,
      lastError: status?.lastErrorCode ? fetchErrorText(status.lastErrorCode, status.lastErrorDetail, lang) : null,
      lastErrorCode: status?.lastErrorCode ?? null,
      eventCount: status?.eventCount ?? null,
      ...wording(feed, status),
      problems: (status?.problems ?? []).map((p) => ({ code: p.code, line: p.line, message: problemText(p, lang) })),
      suspicion: status?.suspicion ? { reason: status.suspicion.reason, lost: status.suspicion.lost, seen: status.suspicion.seen, needed: CONFIRMATIONS_NEEDED } : null,
      exportUrl: exportUrlForFeed(exportUrl, feed.feedId),
    };
  }
}
