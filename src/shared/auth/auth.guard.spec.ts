import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Forbidden, Unauthenticated } from '../kernel/errors';
import { AuthGuard } from './auth.guard';
import type { AuthenticatedOwner, AuthenticatedRequest } from './authenticated-owner';
import type { Authenticator } from './authenticator';
import { Public } from './public.decorator';
import { RequiresScopes } from './requires-scopes.decorator';

class Operations {
  @Public()
  visitorsPage(): void {}

  ownersOnly(): void {}

  @RequiresScopes('bookings:read', 'guests:read')
  readFiles(): void {}
}

const OWNER = '0b6f7a4e-3c55-4b1e-9a0e-5d2c7f1e8a11';

/** Bearer values and whom they prove: an owner's token, keys with some scopes; anything else is refused. */
const CALLERS: Record<string, AuthenticatedOwner> = {
  'owner-token': { ownerId: OWNER },
  osk_files: { ownerId: OWNER, apiKey: { id: 'k1', scopes: ['bookings:read', 'guests:read'] } },
  osk_bookings: { ownerId: OWNER, apiKey: { id: 'k2', scopes: ['bookings:read', 'availability:read'] } },
  osk_planning: { ownerId: OWNER, apiKey: { id: 'k3', scopes: ['availability:read'] } },
};

const authenticator = {
  authenticate: (value: string): Promise<AuthenticatedOwner> => {
    const caller = CALLERS[value];
    return caller ? Promise.resolve(caller) : Promise.reject(new Unauthenticated('The API key is unknown or was revoked'));
  },
} as Authenticator;

const guard = new AuthGuard(new Reflector(), authenticator);

/** Calls `operation` with `bearer`; answers the request as the guard left it. */
async function call(operation: keyof Operations, bearer?: string): Promise<AuthenticatedRequest> {
  const request = { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} } as AuthenticatedRequest;
  const context = {
    getType: () => 'http',
    getHandler: () => Operations.prototype[operation],
    getClass: () => Operations,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  await guard.canActivate(context);
  return request;
}

describe('the auth guard', () => {
  it('lets an owner’s own token call an operation not open to API keys', async () => expect((await call('ownersOnly', 'owner-token')).owner).toEqual({ ownerId: OWNER }));

  it('lets an owner’s own token call an operation open to keys, needing no scope', async () => expect((await call('readFiles', 'owner-token')).owner).toEqual({ ownerId: OWNER }));

  it('refuses an API key an operation nobody opened to keys', () =>
    expect(call('ownersOnly', 'osk_files')).rejects.toThrow(new Forbidden("This operation is not open to API keys; use an owner's token")));

  it('refuses an API key missing a scope the operation needs, naming it', () =>
    expect(call('readFiles', 'osk_bookings')).rejects.toThrow(new Forbidden('This API key lacks the scope guests:read (GUESTS_READ) that this operation needs')));

  it('names every scope missing', () => expect(call('readFiles', 'osk_planning')).rejects.toThrow(/scopes bookings:read \(BOOKINGS_READ\) and guests:read \(GUESTS_READ\)/));

  it('lets an API key holding every scope through, scoped to its owner, with its scopes', async () =>
    expect((await call('readFiles', 'osk_files')).owner).toEqual({ ownerId: OWNER, apiKey: { id: 'k1', scopes: ['bookings:read', 'guests:read'] } }));

  it('refuses an unknown or revoked key as unauthenticated', () => expect(call('readFiles', 'osk_revoked')).rejects.toThrow(Unauthenticated));

  it('refuses a caller with no bearer value an owner operation', () => expect(call('readFiles')).rejects.toThrow(Unauthenticated));

  it('answers a public operation to an API key as to any visitor, not as to its owner', async () => expect((await call('visitorsPage', 'osk_files')).owner).toBeUndefined());

  it('answers a public operation to an unknown key as to any visitor', async () => expect((await call('visitorsPage', 'osk_revoked')).owner).toBeUndefined());

  it('answers a public operation to an owner’s token as to its owner', async () => expect((await call('visitorsPage', 'owner-token')).owner).toEqual({ ownerId: OWNER }));
});
