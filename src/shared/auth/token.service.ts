import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../config/config';
import { Unauthenticated } from '../kernel/errors';
import type { AuthenticatedOwner } from './authenticated-owner';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Signed, expiring bearer tokens (HS256 only, so a token cannot pick a weaker algorithm). */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig) {
    this.jwt = new JwtService({ secret: config.jwtSecret });
  }

  issue(ownerId: string): Promise<string> {
    return this.jwt.signAsync(
      { sub: ownerId, kind: 'owner' },
      { algorithm: 'HS256', expiresIn: this.config.jwtExpiresInSeconds, issuer: 'osmb' },
    );
  }

  async verify(token: string): Promise<AuthenticatedOwner> {
    let payload: { sub?: unknown; kind?: unknown };
    try {
      payload = await this.jwt.verifyAsync(token, { algorithms: ['HS256'], issuer: 'osmb' });
    } catch {
      throw new Unauthenticated('The bearer token is invalid or has expired; log in again');
    }
    if (payload.kind !== 'owner' || typeof payload.sub !== 'string' || !UUID.test(payload.sub)) {
      throw new Unauthenticated('The bearer token is not an owner token');
    }
    return { ownerId: payload.sub };
  }
}
