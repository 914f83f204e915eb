import { givenDecider } from '../../../../test/support/decider-spec';
import { fold } from '../../../shared/kernel/decider';
import { command, event } from '../../../shared/kernel/message';
import { parseEmail } from '../../../shared/kernel/email';
import type { OwnerDetails } from './owner-details';
import { OwnerAlreadySignedUp, OwnerNotFound, WrongCurrentPassword } from './owner.errors';
import { ownerDecider, type OwnerCommand, type OwnerEvent } from './owner.decider';

const given = givenDecider(ownerDecider);

const OWNER = 'owner-1';

const details = (overrides: Partial<OwnerDetails> = {}): OwnerDetails => ({
  company: null,
  civility: 'Mme',
  lastName: 'Martin',
  firstName: 'Marie',
  address: '3 chemin des Vignes',
  postalCode: '84000',
  city: 'Avignon',
  country: 'France',
  phone1: '06 12 34 56 78',
  phone2: null,
  fax: null,
  website: null,
  ...overrides,
});

const signUp = (email: string, overrides: Partial<OwnerDetails> = {}): OwnerCommand =>
  command('SignUp', {
    ownerId: OWNER,
    email: parseEmail('input.email', email),
    passwordHash: 'hash-1',
    details: details(overrides),
    number: 7,
    defaultAgeRangeIds: ['adult', 'child', 'baby'],
  });
const updateDetails = (overrides: Partial<OwnerDetails>): OwnerCommand => command('UpdateOwnerDetails', { details: details(overrides) });
const changePassword = (currentPasswordVerified: boolean, newPasswordHash: string): OwnerCommand =>
  command('ChangePassword', { currentPasswordVerified, newPasswordHash });
const changeEmail = (currentPasswordVerified: boolean, newEmail: string): OwnerCommand =>
  command('ChangeEmail', { currentPasswordVerified, newEmail: parseEmail('newEmail', newEmail) });

const signedUp = (email: string, overrides: Partial<OwnerDetails> = {}): OwnerEvent =>
  event('OwnerSignedUp', { ownerId: OWNER, email, passwordHash: 'hash-1', details: details(overrides) });
const detailsUpdated = (overrides: Partial<OwnerDetails>): OwnerEvent => event('OwnerDetailsUpdated', { ownerId: OWNER, details: details(overrides) });
const passwordChanged = (passwordHash: string): OwnerEvent => event('OwnerPasswordChanged', { ownerId: OWNER, passwordHash });
const emailChanged = (previousEmail: string, email: string): OwnerEvent => event('OwnerEmailChanged', { ownerId: OWNER, previousEmail, email });

describe('Owner', () => {
  describe('signing up', () => {
    it('opens the account with the address as the owner typed it, its number, and the default age ranges', () =>
      given([])
        .when(signUp('Marie.Martin@Example.fr'))
        .then([
          signedUp('Marie.Martin@Example.fr'),
          event('OwnerNumberAssigned', { ownerId: OWNER, number: 7 }),
          event('AgeRangeDefined', { ownerId: OWNER, ageRangeId: 'adult', label: 'Adult', minAge: 17, maxAge: 100, countsTowardsCapacity: true }),
          event('AgeRangeDefined', { ownerId: OWNER, ageRangeId: 'child', label: 'Child', minAge: 3, maxAge: 16, countsTowardsCapacity: true }),
          event('AgeRangeDefined', { ownerId: OWNER, ageRangeId: 'baby', label: 'Baby', minAge: 0, maxAge: 2, countsTowardsCapacity: false }),
        ]));

    it('refuses to open the same account twice', () =>
      given([signedUp('marie@example.fr')]).when(signUp('marie@example.fr')).thenThrows(OwnerAlreadySignedUp, OWNER));
  });

  describe('updating details', () => {
    it('records details that changed', () =>
      given([signedUp('marie@example.fr')]).when(updateDetails({ city: 'Arles' })).then([detailsUpdated({ city: 'Arles' })]));

    it('records nothing when the details are the ones already held', () =>
      given([signedUp('marie@example.fr')]).when(updateDetails({})).thenNothing());

    it('refuses an owner who never signed up', () => given([]).when(updateDetails({ city: 'Arles' })).thenThrows(OwnerNotFound));
  });

  describe('changing the password', () => {
    it('records the new hash once the current password is verified', () =>
      given([signedUp('marie@example.fr')]).when(changePassword(true, 'hash-2')).then([passwordChanged('hash-2')]));

    it('refuses when the current password was not verified, pointing at that field', () =>
      given([signedUp('marie@example.fr')])
        .when(changePassword(false, 'hash-2'))
        .thenThrows(WrongCurrentPassword, { code: 'BAD_USER_INPUT', field: 'currentPassword' }));

    it('refuses an owner who never signed up', () => given([]).when(changePassword(true, 'hash-2')).thenThrows(OwnerNotFound));
  });

  describe('changing the email address', () => {
    it('records the new address with the one it replaces', () =>
      given([signedUp('marie@example.fr')])
        .when(changeEmail(true, 'marie@gite-des-vignes.fr'))
        .then([emailChanged('marie@example.fr', 'marie@gite-des-vignes.fr')]));

    it('records nothing when the address is the one already held', () =>
      given([signedUp('marie@example.fr')]).when(changeEmail(true, 'marie@example.fr')).thenNothing());

    it('records a change of letter case only, since the address is kept as typed', () =>
      given([signedUp('marie@example.fr')]).when(changeEmail(true, 'Marie@Example.fr')).then([emailChanged('marie@example.fr', 'Marie@Example.fr')]));

    it('refuses when the current password was not verified, pointing at that field', () =>
      given([signedUp('marie@example.fr')])
        .when(changeEmail(false, 'marie@gite-des-vignes.fr'))
        .thenThrows(WrongCurrentPassword, { code: 'BAD_USER_INPUT', field: 'currentPassword' }));
  });

  describe('sessions', () => {
    it('opens the account at session version 0', () => expect(fold(ownerDecider, [signedUp('marie@example.fr')])).toMatchObject({ sessionVersion: 0 }));

    it('moves the session version with each change of password or address, and with nothing else', () =>
      expect(
        fold(ownerDecider, [
          signedUp('marie@example.fr'),
          passwordChanged('hash-2'),
          detailsUpdated({ city: 'Arles' }),
          emailChanged('marie@example.fr', 'marie@gite-des-vignes.fr'),
          event('OwnerNumberAssigned', { ownerId: OWNER, number: 7 }),
          passwordChanged('hash-3'),
        ]),
      ).toMatchObject({ sessionVersion: 3 }));
  });

  describe('history', () => {
    it('lets the owner return to an address they left', () =>
      given([signedUp('marie@example.fr'), emailChanged('marie@example.fr', 'marie@gite-des-vignes.fr')])
        .when(changeEmail(true, 'marie@example.fr'))
        .then([emailChanged('marie@gite-des-vignes.fr', 'marie@example.fr')]));

    it('compares new details with the latest ones, not those given at sign-up', () =>
      given([signedUp('marie@example.fr'), detailsUpdated({ city: 'Arles' })]).when(updateDetails({ city: 'Arles' })).thenNothing());

    it('records a return to the details given at sign-up', () =>
      given([signedUp('marie@example.fr'), detailsUpdated({ city: 'Arles' })]).when(updateDetails({})).then([detailsUpdated({})]));

    it('holds the latest address, hash and details of the account', () =>
      expect(
        fold(ownerDecider, [
          signedUp('marie@example.fr'),
          passwordChanged('hash-2'),
          emailChanged('marie@example.fr', 'marie@gite-des-vignes.fr'),
          detailsUpdated({ city: 'Arles' }),
        ]),
      ).toMatchObject({ status: 'registered', ownerId: OWNER, email: 'marie@gite-des-vignes.fr', passwordHash: 'hash-2', details: details({ city: 'Arles' }) }));
  });
});
