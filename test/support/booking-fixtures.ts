import { signUpOwner, type SignedUpOwner } from './owners';
import type { TestApp } from './test-app';

export interface OwnerWithGite {
  readonly owner: SignedUpOwner;
  readonly accommodationId: string;
  /** The owner's Adult age range. */
  readonly adults: string;
}

/** A fresh owner with one gîte sleeping 4, for tests that book by the owner's own price. */
export async function ownerWithGite(t: Pick<TestApp, 'gql'>, name = 'Gîte des Lavandes'): Promise<OwnerWithGite> {
  const owner = await signUpOwner(t);
  const created = await t.gql(
    'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
    { input: { name, kind: 'HOLIDAY_RENTAL', city: 'Gordes', maxCapacity: 4, description: { fr: 'Un gîte.' } } },
    owner.token,
  );
  if (!created.data) throw new Error(`creating the gîte failed: ${JSON.stringify(created.errors)}`);
  const ranges = (await t.gql<{ ageRanges: { id: string; label: string }[] }>('{ ageRanges { id label } }', {}, owner.token)).data?.ageRanges ?? [];
  const adults = ranges.find((r) => r.label === 'Adult')?.id;
  if (!adults) throw new Error('the owner has no Adult age range');
  return { owner, accommodationId: created.data.createAccommodation.id as string, adults };
}

export const CREATE_DOSSIER = 'mutation($input: CreateDossierInput!) { createDossier(input: $input) { id number status total { cents } } }';

/** A createDossier input for two adults at the owner's own price. */
export const dossierInput = (gite: OwnerWithGite, arrival: string, departure: string, price = 50_000, guest = 'Martin') => ({
  input: { accommodationId: gite.accommodationId, arrival, departure, occupants: [{ ageRangeId: gite.adults, count: 2 }], price, guest: { lastName: guest } },
});
