import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Unauthenticated } from '../kernel/errors';
import { requestOf } from './authenticated-owner';
import { IS_PUBLIC } from './public.decorator';
import { TokenService } from './token.service';

/** Global guard: closed by default, so an operation someone forgets to mark stays private. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const request = requestOf(context);
    const header = request.headers.authorization;
    if (header) {
      try {
        const match = /^Bearer\s+(\S+)$/i.exec(header);
        if (!match) throw new Unauthenticated('The Authorization header must be "Bearer <token>"');
        request.owner = await this.tokens.verify(match[1]);
      } catch (error) {
        // A public operation still answers a visitor whose old token has expired.
        if (!isPublic) throw error;
      }
    }
    if (!isPublic && !request.owner) throw new Unauthenticated('This operation needs an owner bearer token');
    return true;
  }
}
