import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module, type OnModuleInit } from '@nestjs/common';
import { ProjectionRegistry } from '../event-store/projection/projection-registry';
import { untyped } from '../event-store/projection/projection';
import { IcalExports } from './application/ical-exports';
import { IcalFeedScheduler } from './application/ical-feed-scheduler';
import { IcalFeeds } from './application/ical-feeds';
import { IcalImport } from './application/ical-import';
import { FEED_STATUSES, FEED_VERSIONS } from './application/ports';
import { IcalExportResolver } from './graphql/ical-export.resolver';
import { IcalFeedResolver } from './graphql/ical-feed.resolver';
import { FeedStatusTable } from './infrastructure/feed-statuses';
import { FeedVersionsTable } from './infrastructure/feed-versions';
import { IcalFeedRowSchema } from './infrastructure/ical-feed.row';
import { IcalFeedController } from './infrastructure/ical-feed.controller';
import { icalFeedsProjection } from './infrastructure/ical-feeds.projection';

export { synchronisationMigrations } from './infrastructure/synchronisation.migrations';

/** Listed for printing the schema without starting the app. */
export const synchronisationResolvers = [IcalExportResolver, IcalFeedResolver];

/**
 * Calendars shared with other platforms: each accommodation's iCalendar export, read from its
 * planning through Reservation's contract, and the feeds of other platforms imported into it as
 * holds on its planning, fetched on a schedule by one instance at a time per feed.
 */
@Module({
  imports: [MikroOrmModule.forFeature([IcalFeedRowSchema])],
  controllers: [IcalFeedController],
  providers: [
    IcalExports,
    IcalFeeds,
    IcalImport,
    IcalFeedScheduler,
    { provide: FEED_VERSIONS, useClass: FeedVersionsTable },
    { provide: FEED_STATUSES, useClass: FeedStatusTable },
    ...synchronisationResolvers,
  ],
})
export class SynchronisationModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRegistry) {}

  onModuleInit(): void {
    this.projections.register(untyped(icalFeedsProjection));
  }
}
