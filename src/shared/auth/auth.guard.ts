import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Forbidden, Unauthenticated } from '../kernel/errors';
import { API_SCOPE_GRAPHQL_NAMES, type ApiScope } from './api-scopes';
import { requestOf, type AuthenticatedOwner } from './authenticated-owner';
import { Authenticator } from './authenticator';
import { IS_PUBLIC } from './public.decorator';
import { REQUIRED_SCOPES } from './requires-scopes.decorator';

/**
 * Global guard: closed by default, so an operation someone forgets to mark stays private, and
 * an operation nobody opened to API keys stays with owners' own tokens.
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
    const request = requestOf(context);
    const header = request.headers.authorization;
    if (header) {
      try {
        const match = /^Bearer\s+(\S+)$/i.exec(header);
        if (!match) throw new Unauthenticated('The Authorization header must be "Bearer <token>"');
        const caller = await this.authenticator.authenticate(match[1]);
        const refused = refusalOf(caller, required);
        if (refused) throw refused;
        request.owner = caller;
      } catch (error) {
        // A public operation still answers a visitor whose old token has expired, and a key not
        // opened to it as it answers any visitor: what a public operation adds for an owner
        // (their hidden accommodations) is not the key's to see.
        if (!isPublic) throw error;
      }
    } else if (request.owner) {
      // A subscription's caller was proved by its socket's handshake (shared/graphql/subscriptions.ts):
      // what its key may do is still this operation's to say.
      const refused = isPublic ? null : refusalOf(request.owner, required);
      if (refused) throw refused;
    }
    if (!isPublic && !request.owner) throw new Unauthenticated('This operation needs an owner bearer token');
    return true;
  }
}

/** Why an API key may not call an operation needing `required`; null for an owner's token or a key holding them all. */
function refusalOf(caller: AuthenticatedOwner, required: readonly ApiScope[] | undefined): Forbidden | null {
  if (!caller.apiKey) return null;
  if (required === undefined) return new Forbidden("This operation is not open to API keys; use an owner's token");
  const held = caller.apiKey.scopes;
  const missing = required.filter((scope) => !held.includes(scope));
  if (missing.length === 0) return null;
  const named = missing.map((scope) => `${scope} (${API_SCOPE_GRAPHQL_NAMES[scope]})`).join(' and ');
  return new Forbidden(`This API key lacks the scope${missing.length > 1 ? 's' : ''} ${named} that this operation needs`);
}
