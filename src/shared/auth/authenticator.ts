import { Inject, Injectable } from '@nestjs/common';
import { Unauthenticated } from '../kernel/errors';
import { API_KEY_PREFIX, API_KEYS, type ApiKeyAuthenticator } from './api-key-authenticator';
import type { AuthenticatedOwner } from './authenticated-owner';
import { SESSION_VERSIONS, type SessionVersions } from './session-versions';
import { TokenService } from './token.service';

/**
 * Who a bearer value proves the caller to be: an owner's own token, or an API key an owner made
 * for an integrator. Apart from the guard, so that whatever else receives a bearer value (a
 * subscription's handshake) proves it the same way.
 */
@Injectable()
export class Authenticator {
  constructor(
    private readonly tokens: TokenService,
    @Inject(SESSION_VERSIONS) private readonly sessions: SessionVersions,
    @Inject(API_KEYS) private readonly apiKeys: ApiKeyAuthenticator,
  ) {}

  authenticate(bearerValue: string): Promise<AuthenticatedOwner> {
    return bearerValue.startsWith(API_KEY_PREFIX) ? this.byApiKey(bearerValue) : this.byToken(bearerValue);
  }

  private async byApiKey(key: string): Promise<AuthenticatedOwner> {
    const found = await this.apiKeys.authenticate(key);
    if (found === null) throw new Unauthenticated('The API key is unknown or was revoked');
    return { ownerId: found.ownerId, apiKey: { id: found.keyId, scopes: found.scopes } };
  }

  /**
   * A valid signature is not enough: the owner must still exist and not have changed password or
   * address since the token was issued. A token may be ahead of the read model for the moment the
   * projection takes to catch up with a change; it is behind only when a change ended it.
   */
  private async byToken(token: string): Promise<AuthenticatedOwner> {
    const { ownerId, sessionVersion } = await this.tokens.verify(token);
    const current = await this.sessions.current(ownerId);
    if (current === null) throw new Unauthenticated('The bearer token belongs to no account; log in again');
    if (sessionVersion < current) throw new Unauthenticated('The password or the email address changed since this token was issued; log in again');
    return { ownerId };
  }
}
