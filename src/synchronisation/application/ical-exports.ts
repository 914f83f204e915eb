import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { assertCallerOwns, CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import { handleCommand, loadState, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { PLANNING_EXPORT, type PlanningExport } from '../../reservation/contracts';
import { publicUrl, RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';
import { addDays } from '../../shared/kernel/calendar-date';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { isUuid } from '../../shared/kernel/ids';
import { command } from '../../shared/kernel/message';
import { icalFeedDecider, icalFeedStream } from '../domain/ical-feed/ical-feed.decider';
import { exportToken, newExportSecret, readExportToken, sameSecret } from '../domain/ical-export/export-token';
import { exportedStays } from '../domain/ical-export/exported-stays';
import { icalExportDecider, icalExportStream, type IcalExport, type IcalExportCommand, type IcalExportSettings } from '../domain/ical-export/ical-export.decider';
import { writeIcalFeed } from '../domain/ical-export/write-ical-feed';
import { FEED_VERSIONS, type FeedVersions } from './ports';

/** The URL a platform is given to read, beside the feed the owner imports from it: the export without that feed's stays. */
export const exportUrlForFeed = (exportUrl: string, feedId: string): string => `${exportUrl}?feed=${feedId}`;

/** An export feed as served: its bytes and what a conditional GET is compared with. */
export interface ExportFeed {
  readonly body: string;
  /** A strong validator: the same planning gives the same bytes, so the same tag. */
  readonly etag: string;
  readonly lastModified: Date;
}

/**
 * Stays that ended more than this many days ago are left out: platforms read feeds for what is
 * still to sell, and a gîte let for years would otherwise send its whole history at every fetch.
 */
const PAST_DAYS = 31;

/**
 * Each accommodation's iCalendar export: the secret URL an owner pastes into Airbnb or
 * Booking.com, what it shows, and the feed itself, read from the planning as it stands.
 */
@Injectable()
export class IcalExports {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
    @Inject(PLANNING_EXPORT) private readonly planning: PlanningExport,
    @Inject(FEED_VERSIONS) private readonly versions: FeedVersions,
  ) {}

  /** The accommodation's export URL, issued on the first ask. */
  async urlOf(ownerId: string, accommodationId: string): Promise<string> {
    return this.issue(ownerId, accommodationId, true);
  }

  /** A new export URL: the old one answers 404 from now on. */
  async regenerate(ownerId: string, accommodationId: string): Promise<string> {
    return this.issue(ownerId, accommodationId, false);
  }

  async settingsOf(ownerId: string, accommodationId: string): Promise<IcalExportSettings> {
    await assertCallerOwns(this.catalogue, ownerId, accommodationId);
    const { exportOptions, exportImported } = await this.load(accommodationId);
    return { exportOptions, exportImported };
  }

  async setSettings(ownerId: string, accommodationId: string, settings: IcalExportSettings): Promise<IcalExportSettings> {
    const state = await this.decide(ownerId, accommodationId, (now) => command('SetIcalExportSettings', { accommodationId, ownerId, ...settings, setAt: now.toISOString() }));
    return { exportOptions: state.exportOptions, exportImported: state.exportImported };
  }

  /**
   * The feed a token opens; null for a token that opens nothing, whatever the reason. `forFeed`
   * names the imported feed of the platform reading it (its URL's `?feed=`), whose own stays are
   * left out when imported stays are exported.
   */
  async feed(token: string, forFeed: string | null = null): Promise<ExportFeed | null> {
    const read = readExportToken(token);
    if (!read) return null;
    const state = await this.load(read.accommodationId);
    if (state.secret === null || !sameSecret(read.secret, state.secret)) return null;
    const now = this.clock.now();
    const [accommodation, holds, readersOwn] = await Promise.all([
      this.catalogue.accommodationForBooking(read.accommodationId),
      this.planning.holdsToExport(read.accommodationId, addDays(now.toISOString().slice(0, 10), -PAST_DAYS)),
      state.exportImported && forFeed !== null ? this.stayIdsOf(forFeed, read.accommodationId) : new Set<string>(),
    ]);
    if (!accommodation) return null;
    const body = writeIcalFeed({ name: accommodation.name, stays: exportedStays(holds, state, readersOwn) });
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    return { body, etag, lastModified: await this.versions.since(read.accommodationId, etag, now) };
  }

  private async issue(ownerId: string, accommodationId: string, onlyIfNone: boolean): Promise<string> {
    const state = await this.decide(ownerId, accommodationId, (now) =>
      command('IssueIcalExportUrl', { accommodationId, ownerId, secret: newExportSecret(), issuedAt: now.toISOString(), onlyIfNone }),
    );
    // Issued by this command or found there: a stream that decided nothing holds one already.
    return `${publicUrl(this.config)}/ical/${exportToken(accommodationId, state.secret as string)}.ics`;
  }

  /** The owner's command on the accommodation's export stream, once the accommodation is theirs. */
  private async decide(ownerId: string, accommodationId: string, make: (now: Date) => IcalExportCommand): Promise<IcalExport> {
    await assertCallerOwns(this.catalogue, ownerId, accommodationId);
    const now = this.clock.now();
    const { state } = await handleCommand(this.store, icalExportStream(accommodationId), icalExportDecider, make(now), newCorrelation({ kind: 'owner', id: ownerId }, now));
    return state;
  }

  /** The stays an imported feed of this accommodation holds; none for any other id. */
  private async stayIdsOf(feedId: string, accommodationId: string): Promise<Set<string>> {
    const feed = isUuid(feedId) ? await loadState(this.store, icalFeedStream(feedId), icalFeedDecider) : null;
    return feed && feed.status !== 'NONE' && feed.accommodationId === accommodationId ? new Set(feed.entries.keys()) : new Set();
  }

  private load(accommodationId: string): Promise<IcalExport> {
    return loadState(this.store, icalExportStream(accommodationId), icalExportDecider);
  }
}
