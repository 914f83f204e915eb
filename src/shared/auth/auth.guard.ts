import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Unauthenticated } from '../kernel/errors';
import { requestOf, type AuthenticatedOwner } from './authenticated-owner';
import { IS_PUBLIC } from './public.decorator';
import { SESSION_VERSIONS, type SessionVersions } from './session-versions';
import { TokenService } from './token.service';

/** Global guard: closed by default, so an operation someone forgets to mark stays private. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    @Inject(SESSION_VERSIONS) private readonly sessions: SessionVersions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const request = requestOf(context);
    const header = request.headers.authorization;
    if (header) {
      try {
        const match = /^Bearer\s+(\S+)$/i.exec(header);
        if (!match) throw new Unauthenticated('The Authorization header must be "Bearer <token>"');
        request.owner = await this.authenticate(match[1]);
      } catch (error) {
        // A public operation still answers a visitor whose old token has expired.
        if (!isPublic) throw error;
      }
    }
    if (!isPublic && !request.owner) throw new Unauthenticated('This operation needs an owner bearer token');
    return true;
  }

  /**
   * A valid signature is not enough: the owner must still exist and not have changed password or
   * address since the token was issued. A token may be ahead of the read model for the moment the
   * projection takes to catch up with a change; it is behind only when a change ended it.
   */
  private async authenticate(token: string): Promise<AuthenticatedOwner> {
    const { ownerId, sessionVersion } = await this.tokens.verify(token);
    const current = await this.sessions.current(ownerId);
    if (current === null) throw new Unauthenticated('The bearer token belongs to no account; log in again');
    if (sessionVersion < current) throw new Unauthenticated('The password or the email address changed since this token was issued; log in again');
    return { ownerId };
  }
}
