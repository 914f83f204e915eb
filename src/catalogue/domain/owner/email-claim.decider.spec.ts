import { givenDecider } from '../../../../test/support/decider-spec';
import { command, event } from '../../../shared/kernel/message';
import { parseEmail } from '../../../shared/kernel/email';
import { emailClaimDecider, emailClaimStream, type EmailClaimCommand, type EmailClaimEvent } from './email-claim.decider';
import { EmailAlreadyInUse } from './owner.errors';

const given = givenDecider(emailClaimDecider);

const ADDRESS = 'Marie.Martin@Example.fr';
const NORMALIZED = 'marie.martin@example.fr';

const claim = (ownerId: string, field = 'input.email'): EmailClaimCommand =>
  command('ClaimEmail', { email: parseEmail(field, ADDRESS), ownerId, field });
const release = (ownerId: string): EmailClaimCommand => command('ReleaseEmail', { email: parseEmail('email', ADDRESS), ownerId });

const claimed = (ownerId: string): EmailClaimEvent => event('EmailClaimed', { email: NORMALIZED, ownerId });
const released = (ownerId: string): EmailClaimEvent => event('EmailReleased', { email: NORMALIZED, ownerId });

describe('Email claim', () => {
  it('gives a free address to the owner who claims it, in its lower-cased form', () =>
    given([]).when(claim('owner-1')).then([claimed('owner-1')]));

  it('records nothing when the holder claims the address again', () => given([claimed('owner-1')]).when(claim('owner-1')).thenNothing());

  it('refuses an address another owner holds, pointing at the field the address came from', () =>
    given([claimed('owner-1')]).when(claim('owner-2', 'newEmail')).thenThrows(EmailAlreadyInUse, { code: 'CONFLICT', field: 'newEmail' }));

  it('frees the address when its holder releases it', () => given([claimed('owner-1')]).when(release('owner-1')).then([released('owner-1')]));

  it('lets someone else claim a released address', () =>
    given([claimed('owner-1'), released('owner-1')]).when(claim('owner-2')).then([claimed('owner-2')]));

  it('ignores a release by an owner who does not hold the address', () => given([claimed('owner-1')]).when(release('owner-2')).thenNothing());

  it('ignores a release of a free address', () => given([]).when(release('owner-1')).thenNothing());

  describe('stream name', () => {
    it('is the same whatever the letter case, so one address has one claim', () =>
      expect(emailClaimStream(parseEmail('email', 'Marie.Martin@Example.fr'))).toBe(emailClaimStream(parseEmail('email', 'marie.martin@EXAMPLE.FR'))));

    it('differs between addresses', () =>
      expect(emailClaimStream(parseEmail('email', 'marie@example.fr'))).not.toBe(emailClaimStream(parseEmail('email', 'marc@example.fr'))));

    it('holds no part of the address, since stream names are not personal data', () => {
      const stream = emailClaimStream(parseEmail('email', 'marie.martin@example.fr'));
      expect(stream).not.toContain('@');
      expect(stream).not.toMatch(/marie|martin|example/i);
    });
  });
});
