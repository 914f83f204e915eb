import { Module } from '@nestjs/common';
import { IcalExports } from './application/ical-exports';
import { FEED_VERSIONS } from './application/ports';
import { IcalExportResolver } from './graphql/ical-export.resolver';
import { FeedVersionsTable } from './infrastructure/feed-versions';
import { IcalFeedController } from './infrastructure/ical-feed.controller';

export { synchronisationMigrations } from './infrastructure/synchronisation.migrations';

/** Listed for printing the schema without starting the app. */
export const synchronisationResolvers = [IcalExportResolver];

/**
 * Calendars shared with other platforms: each accommodation's iCalendar export, read from its
 * planning through Reservation's contract. Imports of other platforms' feeds come next (issue 14).
 */
@Module({
  controllers: [IcalFeedController],
  providers: [IcalExports, { provide: FEED_VERSIONS, useClass: FeedVersionsTable }, ...synchronisationResolvers],
})
export class SynchronisationModule {}
