import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { ApiScope } from '../../shared/auth/api-scopes';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { ApiKeys } from '../application/api-keys';
import { ApiKeyType, apiKeyType, ApiScopeEnum, CreatedApiKeyType } from './api-key.types';

/**
 * The keys an owner gives integrators. Owners' own tokens only (no `@RequiresScopes`): a key that
 * could make keys could outlive its own revocation.
 */
@Resolver()
export class ApiKeyResolver {
  constructor(private readonly keys: ApiKeys) {}

  @Query(() => [ApiKeyType], { description: 'Your API keys, newest first, revoked ones too' })
  async apiKeys(@CurrentOwner() caller: AuthenticatedOwner): Promise<ApiKeyType[]> {
    return (await this.keys.list(caller.ownerId)).map(apiKeyType);
  }

  @Mutation(() => CreatedApiKeyType, { description: 'Makes a key for an integrator, at most 25 live at once; the key is in this answer only, kept hashed' })
  async createApiKey(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('name', { description: 'Whose the key is, 1 to 80 characters' }) name: string,
    @Args('scopes', { type: () => [ApiScopeEnum], description: 'What it may do: at least one' }) scopes: ApiScope[],
  ): Promise<CreatedApiKeyType> {
    const { key, apiKey } = await this.keys.create(caller.ownerId, name, scopes);
    return { key, apiKey: apiKeyType(apiKey) };
  }

  @Mutation(() => Boolean, { description: 'The key stops working at once; it stays listed, revoked' })
  revokeApiKey(@CurrentOwner() caller: AuthenticatedOwner, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.keys.revoke(caller.ownerId, id);
  }
}
