import { Unauthenticated } from '../kernel/errors';
import type { ApiKeyAuthenticator } from './api-key-authenticator';
import { Authenticator } from './authenticator';
import type { SessionVersions } from './session-versions';
import type { TokenService } from './token.service';

const OWNER = '0b6f7a4e-3c55-4b1e-9a0e-5d2c7f1e8a11';
const KEY = `osk_${'A'.repeat(43)}`;

const tokens = { verify: (token: string) => (token === 'owner-token' ? Promise.resolve({ ownerId: OWNER, sessionVersion: 1 }) : Promise.reject(new Unauthenticated('bad token'))) } as TokenService;
const sessions: SessionVersions = { current: () => Promise.resolve(1) };
const apiKeys: ApiKeyAuthenticator = { authenticate: (key) => Promise.resolve(key === KEY ? { ownerId: OWNER, keyId: 'k1', scopes: ['availability:read'] } : null) };
const authenticator = new Authenticator(tokens, sessions, apiKeys);

describe('who a bearer value proves the caller to be', () => {
  it('is the owner of a token, with no key: they may do everything', () => expect(authenticator.authenticate('owner-token')).resolves.toEqual({ ownerId: OWNER }));

  it('is the owner of a live API key, with the key’s id and scopes', () =>
    expect(authenticator.authenticate(KEY)).resolves.toEqual({ ownerId: OWNER, apiKey: { id: 'k1', scopes: ['availability:read'] } }));

  it('is nobody for a key that is unknown or revoked', () => expect(authenticator.authenticate(`osk_${'B'.repeat(43)}`)).rejects.toThrow(new Unauthenticated('The API key is unknown or was revoked')));

  it('is nobody for a token that does not verify', () => expect(authenticator.authenticate('forged')).rejects.toThrow(Unauthenticated));
});
