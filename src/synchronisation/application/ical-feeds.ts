import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { assertCallerOwns, CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import { handleCommand, loadState, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { PLANNING_IMPORTS, type PlanningConflict, type PlanningImports } from '../../reservation/contracts';
import { addDays } from '../../shared/kernel/calendar-date';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { Conflict } from '../../shared/kernel/errors';
import { isUuid } from '../../shared/kernel/ids';
import { command } from '../../shared/kernel/message';
import { activeFeed, icalFeedDecider, icalFeedStream, type IcalFeedDefinition, type KnownIcalFeed } from '../domain/ical-feed/ical-feed.decider';
import { feedLabel, feedUrl, intervalMinutes, MAX_FEEDS_PER_ACCOMMODATION, platform } from '../domain/ical-feed/feed-settings';
import { IcalFeedRowSchema } from '../infrastructure/ical-feed.row';
import { IcalImport } from './ical-import';
import { FEED_STATUSES, type FeedStatus, type FeedStatuses } from './ports';

export interface IcalFeedInput {
  readonly accommodationId: string;
  readonly url: string;
  readonly platform: string;
  readonly label?: string | null;
  readonly intervalMinutes?: number | null;
}

/** A feed as its owner sees it: what they set, and how its fetches go. */
export interface IcalFeedView extends IcalFeedDefinition {
  /** Null until the feed is first fetched. */
  readonly status: FeedStatus | null;
}

/** "Sync now" pressed again within this time reads the status, not the feed again. */
const SYNC_NOW_GAP_MS = 10_000;

/** The feeds an owner imports into their accommodations: every operation scoped to the caller. */
@Injectable()
export class IcalFeeds {
  constructor(
    private readonly em: EntityManager,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
    @Inject(PLANNING_IMPORTS) private readonly planning: PlanningImports,
    @Inject(FEED_STATUSES) private readonly statuses: FeedStatuses,
    private readonly imports: IcalImport,
  ) {}

  /** Adds the feed and reads it at once, so the owner sees at once whether it works. */
  async add(ownerId: string, input: IcalFeedInput): Promise<IcalFeedView> {
    const of = platform(input.platform);
    const definition: IcalFeedDefinition = {
      feedId: randomUUID(),
      ownerId,
      accommodationId: input.accommodationId,
      url: feedUrl(input.url),
      platform: of,
      label: feedLabel(input.label, of),
      intervalMinutes: intervalMinutes(input.intervalMinutes),
    };
    await assertCallerOwns(this.catalogue, ownerId, input.accommodationId);
    const count = await this.em.fork().count(IcalFeedRowSchema, { accommodationId: input.accommodationId });
    if (count >= MAX_FEEDS_PER_ACCOMMODATION) throw new Conflict(`An accommodation imports at most ${MAX_FEEDS_PER_ACCOMMODATION} calendars`);
    const now = this.clock.now();
    await handleCommand(this.store, icalFeedStream(definition.feedId), icalFeedDecider, command('AddIcalFeed', { ...definition, addedAt: now.toISOString() }), newCorrelation({ kind: 'owner', id: ownerId }, now));
    await this.statuses.claimNow(definition.feedId, now, definition.intervalMinutes, 0);
    await this.imports.sync(definition.feedId);
    return this.view(definition);
  }

  async change(ownerId: string, feedId: string, changes: { label?: string | null; intervalMinutes?: number | null }): Promise<IcalFeedView> {
    const feed = await this.feedOf(ownerId, feedId);
    const now = this.clock.now();
    const label = changes.label === undefined ? feed.label : feedLabel(changes.label, feed.platform);
    const minutes = changes.intervalMinutes === undefined ? feed.intervalMinutes : intervalMinutes(changes.intervalMinutes);
    const { state } = await handleCommand(
      this.store,
      icalFeedStream(feedId),
      icalFeedDecider,
      command('ChangeIcalFeed', { feedId, ownerId, label, intervalMinutes: minutes, changedAt: now.toISOString() }),
      newCorrelation({ kind: 'owner', id: ownerId }, now),
    );
    return this.view(activeFeed(state, feedId, ownerId));
  }

  /** Frees every night the feed held, then forgets the feed. */
  async remove(ownerId: string, feedId: string): Promise<boolean> {
    const feed = await this.feedOf(ownerId, feedId);
    const now = this.clock.now();
    const context = newCorrelation({ kind: 'owner', id: ownerId }, now);
    await this.planning.sync(ownerId, feed.accommodationId, feedId, feed.label, [], [...feed.entries.keys()], context);
    await handleCommand(this.store, icalFeedStream(feedId), icalFeedDecider, command('RemoveIcalFeed', { feedId, ownerId, accommodationId: feed.accommodationId, removedAt: now.toISOString() }), context);
    await this.statuses.forget(feedId);
    return true;
  }

  /** Reads the feed now; pressed again within seconds, answers how the last read went. */
  async syncNow(ownerId: string, feedId: string, ownerConfirms = false): Promise<IcalFeedView> {
    const feed = await this.feedOf(ownerId, feedId);
    if (await this.statuses.claimNow(feedId, this.clock.now(), feed.intervalMinutes, ownerConfirms ? 0 : SYNC_NOW_GAP_MS)) await this.imports.sync(feedId, ownerConfirms);
    return this.view(feed);
  }

  async list(ownerId: string, accommodationId: string | null): Promise<IcalFeedView[]> {
    if (accommodationId !== null) await assertCallerOwns(this.catalogue, ownerId, accommodationId);
    const rows = await this.em.fork().find(IcalFeedRowSchema, { ownerId, ...(accommodationId !== null ? { accommodationId } : {}) }, { orderBy: { addedAt: 'asc', id: 'asc' } });
    const statuses = await this.statuses.statusesOf(rows.map((row) => row.id));
    return rows.map((row) => ({
      feedId: row.id,
      ownerId: row.ownerId,
      accommodationId: row.accommodationId,
      url: row.url,
      platform: platform(row.platform),
      label: row.label,
      intervalMinutes: row.intervalMinutes,
      status: statuses.get(row.id) ?? null,
    }));
  }

  /** Conflicts still to sort out: a stay that ended is past mending (a day of slack for zones ahead of UTC). */
  async conflicts(ownerId: string, accommodationId: string | null): Promise<PlanningConflict[]> {
    if (accommodationId !== null) await assertCallerOwns(this.catalogue, ownerId, accommodationId);
    return this.planning.conflicts(ownerId, accommodationId, addDays(this.clock.now().toISOString().slice(0, 10), -1));
  }

  private async feedOf(ownerId: string, feedId: string): Promise<KnownIcalFeed> {
    const state = isUuid(feedId) ? await loadState(this.store, icalFeedStream(feedId), icalFeedDecider) : icalFeedDecider.initialState();
    return activeFeed(state, feedId, ownerId);
  }

  private async view(feed: IcalFeedDefinition): Promise<IcalFeedView> {
    const { feedId, ownerId, accommodationId, url, platform: of, label, intervalMinutes: minutes } = feed;
    const status = (await this.statuses.statusesOf([feedId])).get(feedId) ?? null;
    return { feedId, ownerId, accommodationId, url, platform: of, label, intervalMinutes: minutes, status };
  }
}
