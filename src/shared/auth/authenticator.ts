import { Inject, Injectable } from '@nestjs/common';
import { Forbidden, Unauthenticated } from '../kernel/errors';
import { API_KEY_PREFIX, API_KEYS, type ApiKeyAuthenticator } from './api-key-authenticator';
import type { AuthenticatedDestination } from './authenticated-destination';
import type { AuthenticatedOwner } from './authenticated-owner';
import { DESTINATION_SESSION_VERSIONS, SESSION_VERSIONS, type SessionVersions } from './session-versions';
import { TokenService } from './token.service';

/** Whom a bearer value proves: an owner (by their token or an API key of theirs), or a destination. */
export type Caller = { readonly kind: 'owner'; readonly owner: AuthenticatedOwner } | { readonly kind: 'destination'; readonly destination: AuthenticatedDestination };

/**
 * Who a bearer value proves the caller to be: an owner's own token, an API key an owner made
 * for an integrator, or a destination's token. Apart from the guard, so that whatever else
 * receives a bearer value (a subscription's handshake) proves it the same way.
 */
@Injectable()
export class Authenticator {
  constructor(
    private readonly tokens: TokenService,
    @Inject(SESSION_VERSIONS) private readonly sessions: SessionVersions,
    @Inject(API_KEYS) private readonly apiKeys: ApiKeyAuthenticator,
    @Inject(DESTINATION_SESSION_VERSIONS) private readonly destinationSessions: SessionVersions,
  ) {}

  /** An owner only: a destination's token is refused, so nothing built on this mistakes one for an owner. */
  async authenticate(bearerValue: string): Promise<AuthenticatedOwner> {
    const caller = await this.identify(bearerValue);
    if (caller.kind !== 'owner') throw new Forbidden("This operation is an owner's; a destination's token cannot call it");
    return caller.owner;
  }

  /** Either kind of account: the guard decides which kind an operation takes. */
  async identify(bearerValue: string): Promise<Caller> {
    if (bearerValue.startsWith(API_KEY_PREFIX)) return { kind: 'owner', owner: await this.byApiKey(bearerValue) };
    const claims = await this.tokens.verifyAny(bearerValue);
    if (claims.kind === 'owner') {
      await this.assertCurrent(this.sessions, claims.ownerId, claims.sessionVersion);
      return { kind: 'owner', owner: { ownerId: claims.ownerId } };
    }
    await this.assertCurrent(this.destinationSessions, claims.destinationId, claims.sessionVersion);
    return { kind: 'destination', destination: { destinationId: claims.destinationId } };
  }

  private async byApiKey(key: string): Promise<AuthenticatedOwner> {
    const found = await this.apiKeys.authenticate(key);
    if (found === null) throw new Unauthenticated('The API key is unknown or was revoked');
    return { ownerId: found.ownerId, apiKey: { id: found.keyId, scopes: found.scopes } };
  }

  /**
   * A valid signature is not enough: the account must still exist and not have changed password
   * or address since the token was issued. A token may be ahead of the read model for the moment
   * the projection takes to catch up with a change; it is behind only when a change ended it.
   */
  private async assertCurrent(sessions: SessionVersions, accountId: string, sessionVersion: number): Promise<void> {
    const current = await sessions.current(accountId);
    if (current === null) throw new Unauthenticated('The bearer token belongs to no account; log in again');
    if (sessionVersion < current) throw new Unauthenticated('The password or the email address changed since this token was issued; log in again');
  }
}
