import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Global, Module, type OnModuleInit } from '@nestjs/common';
import { BatchWriterRegistry } from '../event-store/following/batch-writer-registry';
import { ProjectionRegistry } from '../event-store/projection/projection-registry';
import { untyped } from '../event-store/projection/projection';
import { API_KEYS } from '../shared/auth/api-key-authenticator';
import { ApiKeys } from './application/api-keys';
import { IcalExports } from './application/ical-exports';
import { IcalFeedScheduler } from './application/ical-feed-scheduler';
import { IcalFeeds } from './application/ical-feeds';
import { IcalImport } from './application/ical-import';
import { PUBLIC_EVENT_WAKEUPS } from './application/event-subscription';
import { IntegrationFeed, PUBLIC_EVENT_READS } from './application/integration-feed';
import { API_KEY_STORE, FEED_STATUSES, FEED_VERSIONS } from './application/ports';
import { ApiKeyResolver } from './graphql/api-key.resolver';
import { IcalExportResolver } from './graphql/ical-export.resolver';
import { IcalFeedResolver } from './graphql/ical-feed.resolver';
import { IntegrationEventsResolver } from './graphql/integration-events.resolver';
import { ApiKeyAuthentication } from './infrastructure/api-key-authentication';
import { ApiKeyTable } from './infrastructure/api-key-table';
import { FeedStatusTable } from './infrastructure/feed-statuses';
import { FeedVersionsTable } from './infrastructure/feed-versions';
import { IcalFeedRowSchema } from './infrastructure/ical-feed.row';
import { IcalFeedController } from './infrastructure/ical-feed.controller';
import { icalFeedsProjection } from './infrastructure/ical-feeds.projection';
import { IntegrationEventsWriter } from './infrastructure/integration-events.writer';
import { PublicEventWakeups } from './infrastructure/public-event-wakeups';
import { PublicEventsTable } from './infrastructure/public-events.table';
import { WebhooksModule } from './webhooks.module';

export { synchronisationMigrations } from './infrastructure/synchronisation.migrations';

/** Listed for printing the schema without starting the app. */
export const synchronisationResolvers = [IcalExportResolver, IcalFeedResolver, ApiKeyResolver, IntegrationEventsResolver];

/**
 * Calendars shared with other platforms: each accommodation's iCalendar export, read from its
 * planning through Reservation's contract, and the feeds of other platforms imported into it as
 * holds on its planning, fetched on a schedule by one instance at a time per feed. And the API
 * keys owners give integrators: global so that the auth guard finds `API_KEYS` knowing only its
 * own port.
 */
@Global()
@Module({
  imports: [MikroOrmModule.forFeature([IcalFeedRowSchema]), WebhooksModule],
  controllers: [IcalFeedController],
  providers: [
    IcalExports,
    IcalFeeds,
    IcalImport,
    IcalFeedScheduler,
    { provide: FEED_VERSIONS, useClass: FeedVersionsTable },
    { provide: FEED_STATUSES, useClass: FeedStatusTable },
    ApiKeys,
    ApiKeyTable,
    ApiKeyAuthentication,
    { provide: API_KEY_STORE, useExisting: ApiKeyTable },
    // The guard, in shared/auth, asks here who every bearer value starting with `osk_` is.
    { provide: API_KEYS, useExisting: ApiKeyAuthentication },
    IntegrationEventsWriter,
    IntegrationFeed,
    { provide: PUBLIC_EVENT_READS, useClass: PublicEventsTable },
    PublicEventWakeups,
    { provide: PUBLIC_EVENT_WAKEUPS, useExisting: PublicEventWakeups },
    ...synchronisationResolvers,
  ],
  exports: [API_KEYS, IntegrationEventsWriter, IntegrationFeed, PUBLIC_EVENT_WAKEUPS],
})
export class SynchronisationModule implements OnModuleInit {
  constructor(
    private readonly projections: ProjectionRegistry,
    private readonly batchWriters: BatchWriterRegistry,
    private readonly integrationEvents: IntegrationEventsWriter,
  ) {}

  onModuleInit(): void {
    this.projections.register(untyped(icalFeedsProjection));
    this.batchWriters.register(this.integrationEvents);
  }
}
