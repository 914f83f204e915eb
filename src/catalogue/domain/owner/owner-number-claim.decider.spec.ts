import { givenDecider } from '../../../../test/support/decider-spec';
import { command, event } from '../../../shared/kernel/message';
import {
  ownerNumberClaimDecider,
  ownerNumberStream,
  OwnerNumberTaken,
  type OwnerNumberClaimCommand,
  type OwnerNumberClaimEvent,
} from './owner-number-claim.decider';

const given = givenDecider(ownerNumberClaimDecider);

const NUMBER = 92750;

const claim = (ownerId: string): OwnerNumberClaimCommand => command('ClaimOwnerNumber', { number: NUMBER, ownerId });
const claimed = (ownerId: string): OwnerNumberClaimEvent => event('OwnerNumberClaimed', { number: NUMBER, ownerId });

describe('Owner number claim', () => {
  it('gives a free number to the first owner who claims it', () => given([]).when(claim('owner-1')).then([claimed('owner-1')]));

  it('records nothing when the holder claims the number again, so a retried sign-up goes through', () =>
    given([claimed('owner-1')]).when(claim('owner-1')).thenNothing());

  it('refuses a number another owner holds', () =>
    given([claimed('owner-1')]).when(claim('owner-2')).thenThrows(OwnerNumberTaken, { code: 'CONFLICT', message: `Owner number ${NUMBER} is taken` }));

  it('keeps one stream per number, so only one append can take it', () => expect(ownerNumberStream(NUMBER)).toBe('owner-number-92750'));
});
