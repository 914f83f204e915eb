import { itKeepsTheEventContract } from '../../../../test/support/event-contract-spec';
import { event } from '../../../shared/kernel/message';
import { destinationEmailClaimEvents, type DestinationEmailClaimEvent } from './destination-email-claim.events';
import { destinationListingEvents, type DestinationListingEvent } from './destination-listing.events';
import { destinationEvents, type DestinationEvent } from './destination.events';

const D = 'dest-1';

describe('The destination event contract', () =>
  itKeepsTheEventContract<DestinationEvent>(destinationEvents, [
    event('DestinationRegistered', { destinationId: D, name: 'Gîtes de France Dordogne', kind: 'LABEL_NETWORK', area: ['24'], website: 'https://www.gites-de-france-dordogne.com', registeredAt: '2026-12-10T09:00:00.000Z' }),
    event('DestinationCredentialsSet', { destinationId: D, email: 'contact@gites24.fr', passwordHash: 'hash-1' }),
  ]));

describe('The destination email claim event contract', () =>
  itKeepsTheEventContract<DestinationEmailClaimEvent>(destinationEmailClaimEvents, [
    event('DestinationEmailClaimed', { email: 'contact@gites24.fr', destinationId: D }),
    event('DestinationEmailReleased', { email: 'contact@gites24.fr', destinationId: D }),
  ]));

describe('The destination listing event contract', () =>
  itKeepsTheEventContract<DestinationListingEvent>(destinationListingEvents, [
    event('DestinationListingChanged', { destinationId: D, ownerId: 'owner-1', accommodationIds: ['acc-1', 'acc-2'] }),
    event('DestinationListingChanged', { destinationId: D, ownerId: 'owner-1', accommodationIds: [] }),
  ]));
