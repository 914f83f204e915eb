import { Inject, Injectable, Logger } from '@nestjs/common';
import { handleCommand, loadState, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { PLANNING_IMPORTS, type PlanningImports } from '../../reservation/contracts';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';
import { addDays, localDayAndHour } from '../../shared/kernel/calendar-date';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { command } from '../../shared/kernel/message';
import { guardedGet, type GuardedGetResult } from '../../shared/outbound/guarded-fetch';
import { OutboundAllowList } from '../../shared/outbound/outbound-address';
import { OutboundFailed, OutboundRefused } from '../../shared/outbound/outbound-errors';
import { QUOTE_SERVICE, type QuoteService } from '../../tarification/contracts';
import { icalFeedDecider, icalFeedStream, type KnownIcalFeed } from '../domain/ical-feed/ical-feed.decider';
import { planImport } from '../domain/ical-feed/import-plan';
import { meaningOf, PLATFORM_PROFILES, type PlatformProfile } from '../domain/ical-feed/platform-profiles';
import type { FeedReading } from '../domain/ical-import/feed-reading';
import { NotICalendar } from '../domain/ical-import/ical-import.errors';
import { readIcalFeed } from '../domain/ical-import/read-ical-feed';
import { FEED_STATUSES, type FeedStatus, type FeedStatuses, type FetchOutcome } from './ports';

/** Who the import's commands are from. */
const IMPORTER = { kind: 'system', id: 'ical-import' } as const;

/** Problems kept per feed for the owner to read: the first ones say enough. */
const PROBLEMS_SHOWN = 50;

/**
 * One fetch of one feed, start to end: the answer read, what it changes planned so that no night
 * is freed by mistake, the planning told, the feed's stream told, and the fetch's outcome
 * recorded. A fetch that fails changes nothing but the feed's status; an answer that changes
 * nothing appends nothing. Safe to run twice at once (two instances, "sync now" beside the
 * schedule): the planning and the feed's stream are written with their expected revisions.
 */
@Injectable()
export class IcalImport {
  private readonly logger = new Logger(IcalImport.name);
  private readonly allow: OutboundAllowList;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(PLANNING_IMPORTS) private readonly planning: PlanningImports,
    @Inject(QUOTE_SERVICE) private readonly quotes: QuoteService,
    @Inject(FEED_STATUSES) private readonly statuses: FeedStatuses,
  ) {
    this.allow = OutboundAllowList.of(config.outboundAllow ?? []);
  }

  /** `ownerConfirms`: the owner says the feed's answer is right, however much it drops. */
  async sync(feedId: string, ownerConfirms = false): Promise<void> {
    const state = await loadState(this.store, icalFeedStream(feedId), icalFeedDecider);
    if (state.status !== 'ACTIVE') return;
    const status = (await this.statuses.statusesOf([feedId])).get(feedId) ?? null;
    // While an answer is suspicious, every fetch reads it whole: a 304 would confirm nothing.
    const conditional = status !== null && status.suspicion === null && !ownerConfirms;
    const fetched = await this.fetch(state, conditional ? status : null);
    if (fetched.kind === 'FAILED') return this.statuses.record(feedId, fetched);
    if (fetched.kind === 'NOT_MODIFIED') {
      await this.statuses.record(feedId, fetched);
      return this.heard(state);
    }
    const zone = await this.quotes.timeZoneOf(state.accommodationId);
    const at = this.clock.now();
    const today = localDayAndHour(at, zone).date;
    const profile = PLATFORM_PROFILES[state.platform];
    let reading: FeedReading;
    try {
      reading = readIcalFeed(fetched.body, { zone, from: today, to: addDays(today, profile.horizonDays) });
    } catch (error) {
      if (!(error instanceof NotICalendar)) throw error;
      return this.statuses.record(feedId, { kind: 'FAILED', at, code: 'NOT_ICALENDAR', detail: error.reason });
    }
    const plan = planImport({ feedId, profile, known: state.entries, events: reading.events, today, pending: status?.suspicion ?? null, ownerConfirms });
    const context = newCorrelation(IMPORTER, at);
    // The planning first: if the feed's stream is not written after it, the next fetch plans the same again.
    await this.planning.sync(state.ownerId, state.accommodationId, feedId, state.label, plan.entries, plan.release, context);
    await handleCommand(
      this.store,
      icalFeedStream(feedId),
      icalFeedDecider,
      command('RecordIcalImport', { feedId, ownerId: state.ownerId, accommodationId: state.accommodationId, entries: plan.entries, confirmedBy: plan.confirmedBy, importedAt: at.toISOString() }),
      context,
    );
    if (plan.suspicion) this.logger.warn(`Feed ${feedId} would drop ${plan.suspicion.lost} future stays (${plan.suspicion.reason}, seen ${plan.suspicion.seen} times): kept until confirmed`);
    await this.statuses.record(feedId, {
      kind: 'READ',
      at,
      eventCount: reading.events.length,
      problems: reading.problems.slice(0, PROBLEMS_SHOWN).map(({ code, line, message }) => ({ code, line, message })),
      skipped: reading.skipped,
      meanings: meaningsOf(reading, profile),
      etag: fetched.etag,
      lastModified: fetched.lastModified,
      suspicion: plan.suspicion,
    });
    await this.heard(state);
  }

  private async fetch(feed: KnownIcalFeed, previous: FeedStatus | null): Promise<Extract<FetchOutcome, { kind: 'FAILED' | 'NOT_MODIFIED' }> | Extract<GuardedGetResult, { kind: 'OK' }>> {
    try {
      const answer = await guardedGet(feed.url, {
        timeoutMs: this.config.icalFetchTimeoutMs,
        etag: previous?.etag ?? null,
        lastModified: previous?.lastModified ?? null,
        allow: this.allow,
      });
      return answer.kind === 'NOT_MODIFIED' ? { kind: 'NOT_MODIFIED', at: this.clock.now() } : answer;
    } catch (error) {
      const at = this.clock.now();
      if (error instanceof OutboundRefused) return { kind: 'FAILED', at, code: 'REFUSED', detail: error.reason };
      if (error instanceof OutboundFailed) return { kind: 'FAILED', at, code: error.reason, detail: error.status !== null ? String(error.status) : null };
      throw error;
    }
  }

  /** A feed that answers again after going silent is no longer flagged. */
  private async heard(feed: KnownIcalFeed): Promise<void> {
    if (!feed.silent) return;
    const now = this.clock.now();
    await handleCommand(this.store, icalFeedStream(feed.feedId), icalFeedDecider, command('MarkIcalFeedHeard', { feedId: feed.feedId, ownerId: feed.ownerId, heardAt: now.toISOString() }), newCorrelation(IMPORTER, now));
    await this.statuses.setSilent(feed.feedId, false);
  }
}

/** How many of the stays read are bookings and how many closed nights, as the platform words them. */
function meaningsOf(reading: FeedReading, profile: PlatformProfile): FeedStatus['meanings'] {
  const counts = { booked: 0, closed: 0, unknown: 0 };
  for (const e of reading.events) {
    const meaning = meaningOf(profile, e.summary);
    if (meaning === 'BOOKED') counts.booked++;
    else if (meaning === 'CLOSED') counts.closed++;
    else counts.unknown++;
  }
  return counts;
}
