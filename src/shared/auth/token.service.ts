import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../config/config';
import { Unauthenticated } from '../kernel/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a valid token says: whose it is, and the session version it was issued under. */
export interface TokenClaims {
  readonly ownerId: string;
  readonly sessionVersion: number;
}

/** What a destination's token says: which destination (a tourism agency, a label network) logged in. */
export interface DestinationTokenClaims {
  readonly destinationId: string;
  readonly sessionVersion: number;
}

/** A valid token of either kind of account; the kind is signed, so one kind can never pass for the other. */
export type BearerClaims = ({ readonly kind: 'owner' } & TokenClaims) | ({ readonly kind: 'destination' } & DestinationTokenClaims);

const KINDS: readonly string[] = ['owner', 'destination'] satisfies BearerClaims['kind'][];

/**
 * Signed, expiring bearer tokens (HS256 only, so a token cannot pick a weaker algorithm), for an
 * owner or a destination (`kind`). `sv` is the account's session version at issue: a later change
 * of password or address ends the token.
 */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig) {
    // A key object made once: given the secret as text, the library would try to read it as a
    // public key, fail, and make a secret key of it again, on every request.
    this.jwt = new JwtService({ secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) });
  }

  issue(ownerId: string, sessionVersion: number): Promise<string> {
    return this.sign('owner', ownerId, sessionVersion);
  }

  issueForDestination(destinationId: string, sessionVersion: number): Promise<string> {
    return this.sign('destination', destinationId, sessionVersion);
  }

  /** An owner's token only: a destination's is refused here, as any other value. */
  async verify(token: string): Promise<TokenClaims> {
    const claims = await this.verifyAny(token);
    if (claims.kind !== 'owner') throw new Unauthenticated('The bearer token is not an owner token');
    return { ownerId: claims.ownerId, sessionVersion: claims.sessionVersion };
  }

  /** A token of either kind, with its kind: for the guard, which tells owners' operations from destinations'. */
  async verifyAny(token: string): Promise<BearerClaims> {
    let payload: { sub?: unknown; kind?: unknown; sv?: unknown; exp?: unknown };
    try {
      payload = await this.jwt.verifyAsync(token, { algorithms: ['HS256'], issuer: 'osmb' });
    } catch {
      throw new Unauthenticated('The bearer token is invalid or has expired; log in again');
    }
    if (typeof payload.kind !== 'string' || !KINDS.includes(payload.kind) || typeof payload.sub !== 'string' || !UUID.test(payload.sub)) {
      throw new Unauthenticated('The bearer token is not an account token');
    }
    // The library checks `exp` only when present: a token without one would never end.
    if (typeof payload.exp !== 'number') throw new Unauthenticated('The bearer token has no expiry; log in again');
    // Tokens issued before sessions could be ended carry no version: they cannot be, so they go.
    if (typeof payload.sv !== 'number' || !Number.isInteger(payload.sv) || payload.sv < 0) {
      throw new Unauthenticated('The bearer token is from before sessions could be ended; log in again');
    }
    return payload.kind === 'destination'
      ? { kind: 'destination', destinationId: payload.sub, sessionVersion: payload.sv }
      : { kind: 'owner', ownerId: payload.sub, sessionVersion: payload.sv };
  }

  private sign(kind: BearerClaims['kind'], subject: string, sessionVersion: number): Promise<string> {
    return this.jwt.signAsync({ sub: subject, kind, sv: sessionVersion }, { algorithm: 'HS256', expiresIn: this.config.jwtExpiresInSeconds, issuer: 'osmb' });
  }
}
