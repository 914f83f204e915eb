import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Forbidden, Unauthenticated } from '../kernel/errors';
import { API_SCOPE_GRAPHQL_NAMES, type ApiScope } from './api-scopes';
import { IS_DESTINATION_OPERATION } from './authenticated-destination';
import { requestOf, type AuthenticatedOwner } from './authenticated-owner';
import { Authenticator, type Caller } from './authenticator';
import { IS_PUBLIC } from './public.decorator';
import { REQUIRED_SCOPES } from './requires-scopes.decorator';

/**
 * Global guard: closed by default, so an operation someone forgets to mark stays private, and
 * an operation nobody opened to API keys stays with owners' own tokens. Every operation not marked
 * otherwise is an owner's: a destination's token is refused there, as an owner's token is refused
 * on a destination's operation (`@DestinationOperation()`).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const required = this.reflector.getAllAndOverride<ApiScope[] | undefined>(REQUIRED_SCOPES, targets);
    const forDestinations = this.reflector.getAllAndOverride<boolean>(IS_DESTINATION_OPERATION, targets) === true;
    const request = requestOf(context);
    const header = request.headers.authorization;
    if (header) {
      try {
        const match = /^Bearer\s+(\S+)$/i.exec(header);
        if (!match) throw new Unauthenticated('The Authorization header must be "Bearer <token>"');
        const caller = await this.authenticator.identify(match[1]);
        const refused = refusalOf(caller, forDestinations, required);
        if (refused) throw refused;
        if (caller.kind === 'owner') request.owner = caller.owner;
        else if (forDestinations) request.destination = caller.destination;
      } catch (error) {
        // A public operation still answers a visitor whose old token has expired, and a key not
        // opened to it (or a destination) as it answers any visitor: what a public operation adds
        // for an owner (their hidden accommodations) is not the key's to see.
        if (!isPublic) throw error;
      }
    } else if (request.owner) {
      // A subscription's caller was proved by its socket's handshake (shared/graphql/subscriptions.ts):
      // what its key may do is still this operation's to say.
      const refused = isPublic ? null : refusalOf({ kind: 'owner', owner: request.owner }, forDestinations, required);
      if (refused) throw refused;
    }
    if (isPublic) return true;
    if (forDestinations && !request.destination) throw new Unauthenticated('This operation needs a destination bearer token');
    if (!forDestinations && !request.owner) throw new Unauthenticated('This operation needs an owner bearer token');
    return true;
  }
}

/** Why the caller may not call the operation: the other kind of account, or a key lacking a scope; null when it may. */
function refusalOf(caller: Caller, forDestinations: boolean, required: readonly ApiScope[] | undefined): Forbidden | null {
  if (forDestinations) return caller.kind === 'owner' ? new Forbidden("This operation is a destination's; an owner's token or API key cannot call it") : null;
  if (caller.kind === 'destination') return new Forbidden("This operation is an owner's; a destination's token cannot call it");
  return scopeRefusal(caller.owner, required);
}

/** Why an API key may not call an operation needing `required`; null for an owner's token or a key holding them all. */
function scopeRefusal(caller: AuthenticatedOwner, required: readonly ApiScope[] | undefined): Forbidden | null {
  if (!caller.apiKey) return null;
  if (required === undefined) return new Forbidden("This operation is not open to API keys; use an owner's token");
  const held = caller.apiKey.scopes;
  const missing = required.filter((scope) => !held.includes(scope));
  if (missing.length === 0) return null;
  const named = missing.map((scope) => `${scope} (${API_SCOPE_GRAPHQL_NAMES[scope]})`).join(' and ');
  return new Forbidden(`This API key lacks the scope${missing.length > 1 ? 's' : ''} ${named} that this operation needs`);
}
