import type { Guest } from '../../src/reservation/domain/dossier/guest';

/** A guest with only a last name, every other field empty, as parseGuest leaves them. */
export const guest = (overrides: Partial<Guest> = {}): Guest => ({
  company: null,
  civility: null,
  lastName: 'Martin',
  firstName: null,
  address: null,
  addressLine2: null,
  postalCode: null,
  city: null,
  country: null,
  phone1: null,
  phone2: null,
  phone3: null,
  fax: null,
  email: null,
  ...overrides,
});
