import { Module } from '@nestjs/common';
import { WebhookDispatcher } from './application/webhook-dispatcher';
import { WebhookEndpoints } from './application/webhook-endpoints';
import { WEBHOOK_DELIVERY_STORE, WEBHOOK_ENDPOINT_STORE } from './application/webhook-ports';
import { WebhookDeliveryResolver } from './graphql/webhook-delivery.resolver';
import { WebhookEndpointResolver } from './graphql/webhook-endpoint.resolver';
import { WebhookDeliveriesTable } from './infrastructure/webhook-deliveries.table';
import { WebhookEndpointsTable } from './infrastructure/webhook-endpoints.table';
import { WebhookSecrets } from './infrastructure/webhook-secrets';

export { webhookMigrations } from './infrastructure/webhooks.migration';

/** Listed for printing the schema without starting the app. */
export const webhookResolvers = [WebhookEndpointResolver, WebhookDeliveryResolver];

/**
 * Webhooks for integrators: endpoints owners (or their keys) set up, and the outbox of deliveries
 * fanned out from the public event feed, which SynchronisationModule provides (IntegrationFeed).
 */
@Module({
  providers: [
    WebhookEndpoints,
    WebhookDispatcher,
    WebhookSecrets,
    { provide: WEBHOOK_ENDPOINT_STORE, useClass: WebhookEndpointsTable },
    { provide: WEBHOOK_DELIVERY_STORE, useClass: WebhookDeliveriesTable },
    ...webhookResolvers,
  ],
  exports: [WebhookDispatcher],
})
export class WebhooksModule {}
