import { givenDecider } from '../../../../test/support/decider-spec';
import { parseEmail } from '../../../shared/kernel/email';
import { command, event } from '../../../shared/kernel/message';
import { destinationEmailClaimDecider, destinationEmailClaimStream, type DestinationEmailClaimCommand, type DestinationEmailClaimEvent } from './destination-email-claim.decider';
import { emailClaimStream } from '../owner/email-claim.decider';
import type { DestinationProfile } from './destination-profile';
import { destinationDecider, type DestinationCommand, type DestinationEvent } from './destination.decider';
import { DestinationAlreadyRegistered, DestinationEmailAlreadyInUse, DestinationNotFound } from './destination.errors';
import { WrongCurrentPassword } from '../owner/owner.errors';

const D = 'dest-1';
const PROFILE: DestinationProfile = { name: 'Clévacances Dordogne', kind: 'LABEL_NETWORK', area: ['24', '47'], website: 'https://www.clevacances-dordogne.fr' };
const AT = '2026-12-10T09:00:00.000Z';

const register = (destinationId = D): DestinationCommand =>
  command('RegisterDestination', { destinationId, profile: PROFILE, email: 'Contact@Clevacances-Dordogne.fr', passwordHash: 'hash-1', registeredAt: AT });
const registered = (destinationId = D): DestinationEvent => event('DestinationRegistered', { destinationId, ...PROFILE, registeredAt: AT });
const credentialsSet = (destinationId = D, email = 'Contact@Clevacances-Dordogne.fr', passwordHash = 'hash-1'): DestinationEvent =>
  event('DestinationCredentialsSet', { destinationId, email, passwordHash });
const changePassword = (currentPasswordVerified: boolean, newPasswordHash = 'hash-2'): DestinationCommand => command('ChangeDestinationPassword', { currentPasswordVerified, newPasswordHash });
const changeEmail = (currentPasswordVerified: boolean, newEmail: string): DestinationCommand =>
  command('ChangeDestinationEmail', { currentPasswordVerified, newEmail: parseEmail('newEmail', newEmail) });

describe('Destination account', () => {
  const given = givenDecider(destinationDecider);

  it('registers a destination with its public profile, and its credentials in an event of their own', () => given([]).when(register()).then([registered(), credentialsSet()]));

  it('refuses to register a destination twice', () => given([registered(), credentialsSet()]).when(register()).thenThrows(DestinationAlreadyRegistered));

  it('starts its sessions at version 0, and counts every later change of credentials', () => {
    const after = [registered(), credentialsSet(), credentialsSet()].reduce(destinationDecider.evolve, destinationDecider.initialState());
    expect(after).toMatchObject({ status: 'registered', sessionVersion: 1, credentials: { passwordHash: 'hash-1' } });
  });

  describe('changing the password', () => {
    it('sets the new hash beside the address it had, once the current password is verified', () =>
      given([registered(), credentialsSet()]).when(changePassword(true)).then([credentialsSet(D, 'Contact@Clevacances-Dordogne.fr', 'hash-2')]));

    it('refuses when the current password was not verified, pointing at that field as for an owner', () =>
      given([registered(), credentialsSet()]).when(changePassword(false)).thenThrows(WrongCurrentPassword, { code: 'BAD_USER_INPUT', field: 'currentPassword' }));

    it('refuses a destination that never registered', () => given([]).when(changePassword(true)).thenThrows(DestinationNotFound));
  });

  describe('changing the email address', () => {
    it('sets the new address, as typed, beside the password it had', () =>
      given([registered(), credentialsSet()]).when(changeEmail(true, ' Accueil@Clevacances-Dordogne.fr ')).then([credentialsSet(D, 'Accueil@Clevacances-Dordogne.fr', 'hash-1')]));

    it('sets nothing when the address is the one already held', () =>
      given([registered(), credentialsSet()]).when(changeEmail(true, 'Contact@Clevacances-Dordogne.fr')).thenNothing());

    it('sets a change of letter case only, since the address is kept as typed', () =>
      given([registered(), credentialsSet()]).when(changeEmail(true, 'contact@clevacances-dordogne.fr')).then([credentialsSet(D, 'contact@clevacances-dordogne.fr', 'hash-1')]));

    it('refuses when the current password was not verified, pointing at that field as for an owner', () =>
      given([registered(), credentialsSet()])
        .when(changeEmail(false, 'accueil@clevacances-dordogne.fr'))
        .thenThrows(WrongCurrentPassword, { code: 'BAD_USER_INPUT', field: 'currentPassword' }));

    it('refuses a destination that never registered', () => given([]).when(changeEmail(true, 'accueil@clevacances-dordogne.fr')).thenThrows(DestinationNotFound));
  });

  it('ends the sessions opened before each change, of either kind', () => {
    const events = [registered(), credentialsSet(), credentialsSet(D, 'Contact@Clevacances-Dordogne.fr', 'hash-2'), credentialsSet(D, 'accueil@clevacances-dordogne.fr', 'hash-2')];
    expect(events.reduce(destinationDecider.evolve, destinationDecider.initialState())).toMatchObject({
      sessionVersion: 2,
      credentials: { email: 'accueil@clevacances-dordogne.fr', passwordHash: 'hash-2' },
    });
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
