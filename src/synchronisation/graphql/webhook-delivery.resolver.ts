import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { RequiresScopes } from '../../shared/auth/requires-scopes.decorator';
import { WebhookEndpoints } from '../application/webhook-endpoints';
import { WebhookDeliveryConnectionType, webhookDeliveryType, WebhookDeliveryType } from './webhook.types';

/** The log of what was sent to an endpoint, and sending one again. */
@Resolver()
export class WebhookDeliveryResolver {
  constructor(private readonly endpoints: WebhookEndpoints) {}

  @RequiresScopes('webhooks:manage')
  @Query(() => WebhookDeliveryConnectionType, { description: 'What was sent to the endpoint, newest event first' })
  async webhookDeliveries(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('endpointId', { type: () => ID }) endpointId: string,
    @Args('first', { type: () => Int, nullable: true, description: '50 unless said, at most 200' }) first: number | null,
    @Args('after', { type: () => String, nullable: true, description: 'The previous page’s endCursor' }) after: string | null,
  ): Promise<WebhookDeliveryConnectionType> {
    const page = await this.endpoints.deliveriesOf(caller, endpointId, first ?? null, after ?? null);
    return { nodes: page.deliveries.map(webhookDeliveryType), pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage } };
  }

  @RequiresScopes('webhooks:manage')
  @Mutation(() => WebhookDeliveryType, { description: 'Sends a delivered or failed delivery again, with the same webhook-id, within the next seconds' })
  async redeliverWebhook(@CurrentOwner() caller: AuthenticatedOwner, @Args('deliveryId', { type: () => ID }) deliveryId: string): Promise<WebhookDeliveryType> {
    return webhookDeliveryType(await this.endpoints.redeliver(caller, deliveryId));
  }
}
