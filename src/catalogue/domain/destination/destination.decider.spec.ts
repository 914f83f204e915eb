import { givenDecider } from '../../../../test/support/decider-spec';
import { parseEmail } from '../../../shared/kernel/email';
import { command, event } from '../../../shared/kernel/message';
import { destinationEmailClaimDecider, destinationEmailClaimStream, type DestinationEmailClaimCommand, type DestinationEmailClaimEvent } from './destination-email-claim.decider';
import { emailClaimStream } from '../owner/email-claim.decider';
import type { DestinationProfile } from './destination-profile';
import { destinationDecider, type DestinationCommand, type DestinationEvent } from './destination.decider';
import { DestinationAlreadyRegistered, DestinationEmailAlreadyInUse } from './destination.errors';

const D = 'dest-1';
const PROFILE: DestinationProfile = { name: 'Clévacances Dordogne', kind: 'LABEL_NETWORK', area: ['24', '47'], website: 'https://www.clevacances-dordogne.fr' };
const AT = '2026-12-10T09:00:00.000Z';

const register = (destinationId = D): DestinationCommand =>
  command('RegisterDestination', { destinationId, profile: PROFILE, email: 'Contact@Clevacances-Dordogne.fr', passwordHash: 'hash-1', registeredAt: AT });
const registered = (destinationId = D): DestinationEvent => event('DestinationRegistered', { destinationId, ...PROFILE, registeredAt: AT });
const credentialsSet = (destinationId = D): DestinationEvent => event('DestinationCredentialsSet', { destinationId, email: 'Contact@Clevacances-Dordogne.fr', passwordHash: 'hash-1' });

describe('Destination account', () => {
  const given = givenDecider(destinationDecider);

  it('registers a destination with its public profile, and its credentials in an event of their own', () => given([]).when(register()).then([registered(), credentialsSet()]));

  it('refuses to register a destination twice', () => given([registered(), credentialsSet()]).when(register()).thenThrows(DestinationAlreadyRegistered));

  it('starts its sessions at version 0, and counts every later change of credentials', () => {
    const after = [registered(), credentialsSet(), credentialsSet()].reduce(destinationDecider.evolve, destinationDecider.initialState());
    expect(after).toMatchObject({ status: 'registered', sessionVersion: 1, credentials: { passwordHash: 'hash-1' } });
  });
});

describe('Destination email claim', () => {
  const given = givenDecider(destinationEmailClaimDecider);
  const email = parseEmail('input.email', 'Contact@Clevacances-Dordogne.fr');
  const claim = (destinationId: string): DestinationEmailClaimCommand => command('ClaimDestinationEmail', { email, destinationId, field: 'input.email' });
  const claimed = (destinationId: string): DestinationEmailClaimEvent => event('DestinationEmailClaimed', { email: 'contact@clevacances-dordogne.fr', destinationId });

  it('gives a free address to the destination that claims it, lower-cased', () => given([]).when(claim(D)).then([claimed(D)]));

  it('refuses an address another destination holds, naming the field', () =>
    given([claimed(D)]).when(claim('dest-2')).thenThrows(DestinationEmailAlreadyInUse, { code: 'CONFLICT', field: 'input.email' }));

  it('lets the holder release it, and another claim it then', () =>
    given([claimed(D), event('DestinationEmailReleased', { email: 'contact@clevacances-dordogne.fr', destinationId: D })]).when(claim('dest-2')).then([claimed('dest-2')]));

  it('keeps destinations’ addresses apart from owners’, and out of the stream name', () => {
    expect(destinationEmailClaimStream(email)).not.toBe(emailClaimStream(email));
    expect(destinationEmailClaimStream(email)).not.toMatch(/contact|clevacances|@/i);
  });
});
