import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { RequiresScopes } from '../../shared/auth/requires-scopes.decorator';
import { WebhookEndpoints } from '../application/webhook-endpoints';
import { CreatedWebhookEndpointType, WebhookEndpointInputType, webhookEndpointType, WebhookEndpointType } from './webhook.types';

/** An owner's webhook endpoints, open to keys with WEBHOOKS_MANAGE: an integrator sets up its own. */
@Resolver()
export class WebhookEndpointResolver {
  constructor(private readonly endpoints: WebhookEndpoints) {}

  @RequiresScopes('webhooks:manage')
  @Query(() => [WebhookEndpointType], { description: 'Your webhook endpoints, oldest first' })
  async webhookEndpoints(@CurrentOwner() caller: AuthenticatedOwner): Promise<WebhookEndpointType[]> {
    return (await this.endpoints.list(caller)).map(webhookEndpointType);
  }

  @RequiresScopes('webhooks:manage')
  @Mutation(() => CreatedWebhookEndpointType, { description: 'At most 10; it receives the events that happen from now on. The secret is in this answer only' })
  async createWebhookEndpoint(@CurrentOwner() caller: AuthenticatedOwner, @Args('input') input: WebhookEndpointInputType): Promise<CreatedWebhookEndpointType> {
    const { secret, endpoint } = await this.endpoints.create(caller, input);
    return { secret, endpoint: webhookEndpointType(endpoint) };
  }

  @RequiresScopes('webhooks:manage')
  @Mutation(() => WebhookEndpointType, { description: 'Replaces its settings; enabled: true switches it on again where it stopped' })
  async updateWebhookEndpoint(@CurrentOwner() caller: AuthenticatedOwner, @Args('id', { type: () => ID }) id: string, @Args('input') input: WebhookEndpointInputType): Promise<WebhookEndpointType> {
    return webhookEndpointType(await this.endpoints.update(caller, id, input));
  }

  @RequiresScopes('webhooks:manage')
  @Mutation(() => Boolean, { description: 'Forgets the endpoint and its deliveries' })
  removeWebhookEndpoint(@CurrentOwner() caller: AuthenticatedOwner, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.endpoints.remove(caller, id);
  }

  @RequiresScopes('webhooks:manage')
  @Mutation(() => CreatedWebhookEndpointType, { description: 'A new secret, in this answer only; the previous one signs too for 24 hours' })
  async rotateWebhookSecret(@CurrentOwner() caller: AuthenticatedOwner, @Args('id', { type: () => ID }) id: string): Promise<CreatedWebhookEndpointType> {
    const { secret, endpoint } = await this.endpoints.rotateSecret(caller, id);
    return { secret, endpoint: webhookEndpointType(endpoint) };
  }
}
