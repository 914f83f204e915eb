import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Forbidden, Unauthenticated } from '../kernel/errors';
import { AuthGuard } from './auth.guard';
import { DestinationOperation } from './authenticated-destination';
import type { AuthenticatedRequest } from './authenticated-owner';
import type { Authenticator, Caller } from './authenticator';
import { Public } from './public.decorator';
import { RequiresScopes } from './requires-scopes.decorator';

class Operations {
  @Public()
  visitorsPage(): void {}

  ownersOnly(): void {}

  @RequiresScopes('bookings:read', 'guests:read')
  readFiles(): void {}

  @DestinationOperation()
  destinationsOnly(): void {}
}

const OWNER = '0b6f7a4e-3c55-4b1e-9a0e-5d2c7f1e8a11';
const DESTINATION = '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';

/** Bearer values and whom they prove: an owner's token, keys with some scopes, a destination's token; anything else is refused. */
const CALLERS: Record<string, Caller> = {
  'owner-token': { kind: 'owner', owner: { ownerId: OWNER } },
  osk_files: { kind: 'owner', owner: { ownerId: OWNER, apiKey: { id: 'k1', scopes: ['bookings:read', 'guests:read'] } } },
  osk_bookings: { kind: 'owner', owner: { ownerId: OWNER, apiKey: { id: 'k2', scopes: ['bookings:read', 'availability:read'] } } },
  osk_planning: { kind: 'owner', owner: { ownerId: OWNER, apiKey: { id: 'k3', scopes: ['availability:read'] } } },
  'destination-token': { kind: 'destination', destination: { destinationId: DESTINATION } },
};

const authenticator = {
  identify: (value: string): Promise<Caller> => {
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

  describe('destinations, an account of another kind', () => {
    it('refuses a destination’s token an owner operation', () =>
      expect(call('ownersOnly', 'destination-token')).rejects.toThrow(new Forbidden("This operation is an owner's; a destination's token cannot call it")));

    it('refuses a destination’s token an owner operation open to API keys', () => expect(call('readFiles', 'destination-token')).rejects.toThrow(Forbidden));

    it('lets a destination’s token call a destination operation, as that destination and no owner', async () => {
      const request = await call('destinationsOnly', 'destination-token');
      expect(request.destination).toEqual({ destinationId: DESTINATION });
      expect(request.owner).toBeUndefined();
    });

    it('refuses an owner’s token a destination operation', () =>
      expect(call('destinationsOnly', 'owner-token')).rejects.toThrow(new Forbidden("This operation is a destination's; an owner's token or API key cannot call it")));

    it('refuses an API key a destination operation', () => expect(call('destinationsOnly', 'osk_files')).rejects.toThrow(Forbidden));

    it('refuses a caller with no bearer value a destination operation', () =>
      expect(call('destinationsOnly')).rejects.toThrow(new Unauthenticated('This operation needs a destination bearer token')));

    it('answers a public operation to a destination’s token as to any visitor', async () => {
      const request = await call('visitorsPage', 'destination-token');
      expect(request.owner).toBeUndefined();
      expect(request.destination).toBeUndefined();
    });
  });
});
