import { Forbidden, Unauthenticated } from '../kernel/errors';
import type { ApiKeyAuthenticator } from './api-key-authenticator';
import { Authenticator } from './authenticator';
import type { SessionVersions } from './session-versions';
import type { BearerClaims, TokenService } from './token.service';

const OWNER = '0b6f7a4e-3c55-4b1e-9a0e-5d2c7f1e8a11';
const DESTINATION = '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';
const KEY = `osk_${'A'.repeat(43)}`;

const CLAIMS: Record<string, BearerClaims> = {
  'owner-token': { kind: 'owner', ownerId: OWNER, sessionVersion: 1 },
  'destination-token': { kind: 'destination', destinationId: DESTINATION, sessionVersion: 1 },
  'old-destination-token': { kind: 'destination', destinationId: DESTINATION, sessionVersion: 0 },
  'unknown-destination-token': { kind: 'destination', destinationId: OWNER, sessionVersion: 1 },
};
const tokens = { verifyAny: (token: string) => (CLAIMS[token] ? Promise.resolve(CLAIMS[token]) : Promise.reject(new Unauthenticated('bad token'))) } as TokenService;
const sessions: SessionVersions = { current: (ownerId) => Promise.resolve(ownerId === OWNER ? 1 : null) };
const destinationSessions: SessionVersions = { current: (destinationId) => Promise.resolve(destinationId === DESTINATION ? 1 : null) };
const apiKeys: ApiKeyAuthenticator = { authenticate: (key) => Promise.resolve(key === KEY ? { ownerId: OWNER, keyId: 'k1', scopes: ['availability:read'] } : null) };
const authenticator = new Authenticator(tokens, sessions, apiKeys, destinationSessions);

describe('who a bearer value proves the caller to be', () => {
  it('is the owner of a token, with no key: they may do everything', () => expect(authenticator.authenticate('owner-token')).resolves.toEqual({ ownerId: OWNER }));

  it('is the owner of a live API key, with the key’s id and scopes', () =>
    expect(authenticator.authenticate(KEY)).resolves.toEqual({ ownerId: OWNER, apiKey: { id: 'k1', scopes: ['availability:read'] } }));

  it('is nobody for a key that is unknown or revoked', () => expect(authenticator.authenticate(`osk_${'B'.repeat(43)}`)).rejects.toThrow(new Unauthenticated('The API key is unknown or was revoked')));

  it('is nobody for a token that does not verify', () => expect(authenticator.authenticate('forged')).rejects.toThrow(Unauthenticated));

  it('is a destination for a destination’s token, and no owner', () =>
    expect(authenticator.identify('destination-token')).resolves.toEqual({ kind: 'destination', destination: { destinationId: DESTINATION } }));

  it('never takes a destination’s token for an owner’s (a subscription’s handshake asks for an owner)', () =>
    expect(authenticator.authenticate('destination-token')).rejects.toThrow(Forbidden));

  it('refuses a destination’s token issued before its credentials last changed', () => expect(authenticator.identify('old-destination-token')).rejects.toThrow(Unauthenticated));

  it('refuses a destination’s token naming no destination, even an owner’s id', () =>
    expect(authenticator.identify('unknown-destination-token')).rejects.toThrow(new Unauthenticated('The bearer token belongs to no account; log in again')));
});
