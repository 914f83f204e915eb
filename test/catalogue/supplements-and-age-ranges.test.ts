import { randomUUID } from 'node:crypto';
import { eventCount } from '../support/database';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { startTestApp, type TestApp } from '../support/test-app';

const SUPPLEMENT = 'id name { fr en } mandatory price { cents currency } unit accommodationIds';
const DEFINE = `mutation($input: SupplementInput!) { defineSupplement(input: $input) { ${SUPPLEMENT} } }`;
const UPDATE = `mutation($id: ID!, $input: SupplementInput!) { updateSupplement(id: $id, input: $input) { ${SUPPLEMENT} } }`;
const REMOVE = `mutation($id: ID!) { removeSupplement(id: $id) }`;
const LIST = `query($accommodationId: ID) { supplements(accommodationId: $accommodationId) { name { fr } } }`;

const AGE_RANGES = '{ ageRanges { id label minAge maxAge } }';
const DEFINE_RANGE = `mutation($input: AgeRangeInput!) { defineAgeRange(input: $input) { id label minAge maxAge } }`;
const UPDATE_RANGE = `mutation($id: ID!, $input: AgeRangeInput!) { updateAgeRange(id: $id, input: $input) { id label minAge maxAge } }`;
const REMOVE_RANGE = `mutation($id: ID!) { removeAgeRange(id: $id) }`;

interface Range {
  id: string;
  label: string;
  minAge: number;
  maxAge: number;
}

describe('supplements and age ranges over GraphQL', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const accommodation = async (owner: SignedUpOwner, name: string): Promise<string> => {
    const input = { name, kind: 'HOLIDAY_RENTAL', city: 'Annecy', maxCapacity: 4, description: { fr: 'Un gîte.' } };
    const answer = await t.gql<{ createAccommodation: { id: string } }>(
      'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
      { input },
      owner.token,
    );
    if (!answer.data?.createAccommodation) throw new Error(`createAccommodation failed: ${JSON.stringify(answer.errors)}`);
    return answer.data.createAccommodation.id;
  };
  const define = async (owner: SignedUpOwner, input: Record<string, unknown>): Promise<string> => {
    const answer = await t.gql<{ defineSupplement: { id: string } }>(DEFINE, { input }, owner.token);
    if (!answer.data?.defineSupplement) throw new Error(`defineSupplement failed: ${JSON.stringify(answer.errors)}`);
    return answer.data.defineSupplement.id;
  };
  const names = async (owner: SignedUpOwner, accommodationId: string | null = null) =>
    (await t.gql<{ supplements: { name: { fr: string } }[] }>(LIST, { accommodationId }, owner.token)).data?.supplements.map((s) => s.name.fr);
  const ranges = async (owner: SignedUpOwner): Promise<Range[]> => (await t.gql<{ ageRanges: Range[] }>(AGE_RANGES, {}, owner.token)).data?.ageRanges ?? [];
  const withoutIds = (list: Range[]) => list.map(({ label, minAge, maxAge }) => ({ label, minAge, maxAge }));

  describe('supplements', () => {
    it('defines a supplement with its price as money and the accommodations it applies to, then replaces it whole', async () => {
      const owner = await signUpOwner(t);
      const [gite, studio] = [await accommodation(owner, 'Gîte'), await accommodation(owner, 'Studio')];
      const input = { name: { fr: 'Ménage final', en: 'Final cleaning' }, mandatory: true, price: 6000, unit: 'PER_STAY', accommodationIds: [gite] };
      const defined = await t.gql(DEFINE, { input }, owner.token);
      expect(defined.data?.defineSupplement).toEqual({
        id: expect.any(String),
        name: { fr: 'Ménage final', en: 'Final cleaning' },
        mandatory: true,
        price: { cents: 6000, currency: 'EUR' },
        unit: 'PER_STAY',
        accommodationIds: [gite],
      });

      const id = defined.data?.defineSupplement.id;
      const replacement = { name: { fr: 'Animal' }, mandatory: false, price: 450, unit: 'PER_NIGHT', accommodationIds: [studio] };
      const updated = await t.gql(UPDATE, { id, input: replacement }, owner.token);
      expect(updated.data?.updateSupplement).toEqual({
        id,
        name: { fr: 'Animal', en: null },
        mandatory: false,
        price: { cents: 450, currency: 'EUR' },
        unit: 'PER_NIGHT',
        accommodationIds: [studio],
      });
      expect(await names(owner, gite)).toEqual([]);
      expect(await names(owner, studio)).toEqual(['Animal']);
    });

    it('lists mandatory supplements first, then by French name, and per accommodation only those applying to it', async () => {
      const owner = await signUpOwner(t);
      const [gite, studio] = [await accommodation(owner, 'Gîte'), await accommodation(owner, 'Studio')];
      await define(owner, { name: { fr: 'Animal' }, mandatory: false, price: 500, unit: 'PER_NIGHT', accommodationIds: [gite, studio] });
      await define(owner, { name: { fr: 'Taxe de ménage' }, mandatory: true, price: 5000, unit: 'PER_STAY', accommodationIds: [gite] });
      await define(owner, { name: { fr: 'Bois de chauffage' }, mandatory: false, price: 1500, unit: 'PER_STAY', accommodationIds: [studio] });
      await define(owner, { name: { fr: 'Frais de dossier' }, mandatory: true, price: 1000, unit: 'PER_STAY', accommodationIds: [studio] });

      expect(await names(owner)).toEqual(['Frais de dossier', 'Taxe de ménage', 'Animal', 'Bois de chauffage']);
      expect(await names(owner, gite)).toEqual(['Taxe de ménage', 'Animal']);
      expect(await names(owner, studio)).toEqual(['Frais de dossier', 'Animal', 'Bois de chauffage']);
      const onAccommodation = await t.gql<{ accommodation: { supplements: { name: { fr: string } }[] } }>(
        'query($id: ID!) { accommodation(id: $id) { supplements { name { fr } } } }',
        { id: studio },
        owner.token,
      );
      expect(onAccommodation.data?.accommodation.supplements.map((s) => s.name.fr)).toEqual(['Frais de dossier', 'Animal', 'Bois de chauffage']);
    });

    it('stops offering a removed supplement at once, and refuses to update it afterwards', async () => {
      const owner = await signUpOwner(t);
      const gite = await accommodation(owner, 'Gîte');
      const kept = { name: { fr: 'Linge' }, mandatory: false, price: 1200, unit: 'PER_PERSON', accommodationIds: [gite] };
      await define(owner, kept);
      const removed = await define(owner, { ...kept, name: { fr: 'Draps' } });

      expect((await t.gql(REMOVE, { id: removed }, owner.token)).data?.removeSupplement).toBe(true);
      expect(await names(owner)).toEqual(['Linge']);
      expect(await names(owner, gite)).toEqual(['Linge']);
      const before = await eventCount();
      expect((await t.gql(UPDATE, { id: removed, input: kept }, owner.token)).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      expect(await eventCount()).toBe(before);
    });

    it("refuses with NOT_FOUND, as an unknown one, a supplement on another owner's accommodation, naming it, and writes no event", async () => {
      const owner = await signUpOwner(t);
      const other = await signUpOwner(t);
      const theirs = await accommodation(other, 'Chez l’autre');
      const mine = await accommodation(owner, 'Chez moi');
      const before = await eventCount();

      const input = { name: { fr: 'Parking' }, mandatory: false, price: 300, unit: 'PER_NIGHT', accommodationIds: [theirs, mine] };
      const refused = await t.gql(DEFINE, { input }, owner.token);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.accommodationIds[0]' });
      const unknown = await t.gql(DEFINE, { input: { ...input, accommodationIds: [mine, randomUUID()] } }, owner.token);
      expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.accommodationIds[1]' });

      expect(await eventCount()).toBe(before);
      expect(await names(owner)).toEqual([]);
      expect(await names(other)).toEqual([]);
    });

    it.each([
      ['a negative price', () => ({ price: -1 }), 'input.price'],
      ['a name without French', () => ({ name: { en: 'Cleaning' } }), 'input.name.fr'],
      ['an accommodation named twice', (gite: string) => ({ accommodationIds: [gite, gite] }), 'input.accommodationIds[1]'],
    ])('refuses %s with BAD_USER_INPUT naming the field, and writes no event', async (_, change, field) => {
      const owner = await signUpOwner(t);
      const gite = await accommodation(owner, 'Gîte');
      const before = await eventCount();
      const input = { name: { fr: 'Ménage' }, mandatory: true, price: 4000, unit: 'PER_STAY', accommodationIds: [gite], ...change(gite) };
      const answer = await t.gql(DEFINE, { input }, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await eventCount()).toBe(before);
    });

    it("lets no other owner see, update or remove a supplement, which stays as it was", async () => {
      const owner = await signUpOwner(t);
      const mallory = await signUpOwner(t);
      const gite = await accommodation(owner, 'Gîte');
      const malloryGite = await accommodation(mallory, 'Autre gîte');
      const input = { name: { fr: 'Ménage' }, mandatory: true, price: 4000, unit: 'PER_STAY', accommodationIds: [gite] };
      const id = await define(owner, input);
      const before = await eventCount();

      const update = await t.gql(UPDATE, { id, input: { ...input, price: 0, accommodationIds: [malloryGite] } }, mallory.token);
      expect(update.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      expect((await t.gql(REMOVE, { id }, mallory.token)).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      expect(await eventCount()).toBe(before);

      expect(await names(mallory)).toEqual([]);
      expect(await names(mallory, gite)).toEqual([]);
      const owners = await t.gql(`{ supplements { ${SUPPLEMENT} } }`, {}, owner.token);
      expect(owners.data?.supplements).toEqual([{ id, name: { fr: 'Ménage', en: null }, mandatory: true, price: { cents: 4000, currency: 'EUR' }, unit: 'PER_STAY', accommodationIds: [gite] }]);
    });
  });

  describe('age ranges', () => {
    it('gives a new owner Adult 17–100, Child 3–16 and Baby 0–2, listed oldest first, right after sign-up', async () => {
      const owner = await signUpOwner(t);
      const list = await ranges(owner);
      expect(withoutIds(list)).toEqual([
        { label: 'Adult', minAge: 17, maxAge: 100 },
        { label: 'Child', minAge: 3, maxAge: 16 },
        { label: 'Baby', minAge: 0, maxAge: 2 },
      ]);
      expect(new Set(list.map((r) => r.id)).size).toBe(3);
    });

    it('renames a range and adds one in a gap, keeping the list oldest first', async () => {
      const owner = await signUpOwner(t);
      const [adult, child] = await ranges(owner);
      const renamed = await t.gql(UPDATE_RANGE, { id: child.id, input: { label: 'Enfant', minAge: 3, maxAge: 16 } }, owner.token);
      expect(renamed.data?.updateAgeRange).toEqual({ id: child.id, label: 'Enfant', minAge: 3, maxAge: 16 });
      const narrowed = await t.gql(UPDATE_RANGE, { id: adult.id, input: { label: 'Adulte', minAge: 18, maxAge: 64 } }, owner.token);
      expect(narrowed.data?.updateAgeRange).toEqual({ id: adult.id, label: 'Adulte', minAge: 18, maxAge: 64 });

      const senior = await t.gql(DEFINE_RANGE, { input: { label: 'Senior', minAge: 65, maxAge: 120 } }, owner.token);
      expect(senior.data?.defineAgeRange).toEqual({ id: expect.any(String), label: 'Senior', minAge: 65, maxAge: 120 });
      expect(withoutIds(await ranges(owner))).toEqual([
        { label: 'Senior', minAge: 65, maxAge: 120 },
        { label: 'Adulte', minAge: 18, maxAge: 64 },
        { label: 'Enfant', minAge: 3, maxAge: 16 },
        { label: 'Baby', minAge: 0, maxAge: 2 },
      ]);
    });

    it('refuses with BAD_USER_INPUT a range that overlaps another, new or moved, and writes no event', async () => {
      const owner = await signUpOwner(t);
      const [, child] = await ranges(owner);
      const before = await eventCount();
      const defined = await t.gql(DEFINE_RANGE, { input: { label: 'Ado', minAge: 12, maxAge: 17 } }, owner.token);
      expect(defined.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(defined.errors?.[0].message).toContain('Adult');
      const moved = await t.gql(UPDATE_RANGE, { id: child.id, input: { label: 'Child', minAge: 2, maxAge: 16 } }, owner.token);
      expect(moved.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(moved.errors?.[0].message).toContain('Baby');
      expect(await eventCount()).toBe(before);
      expect(withoutIds(await ranges(owner)).map((r) => r.label)).toEqual(['Adult', 'Child', 'Baby']);
    });

    it('removes ranges down to one and refuses with CONFLICT to remove the last', async () => {
      const owner = await signUpOwner(t);
      const [adult, child, baby] = await ranges(owner);
      expect((await t.gql(REMOVE_RANGE, { id: baby.id }, owner.token)).data?.removeAgeRange).toBe(true);
      expect(await ranges(owner)).toEqual([adult, child]);
      expect((await t.gql(REMOVE_RANGE, { id: child.id }, owner.token)).data?.removeAgeRange).toBe(true);
      expect(await ranges(owner)).toEqual([adult]);

      const before = await eventCount();
      const last = await t.gql(REMOVE_RANGE, { id: adult.id }, owner.token);
      expect(last.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(await eventCount()).toBe(before);
      expect(await ranges(owner)).toEqual([adult]);
    });

    it("answers NOT_FOUND for another owner's age range, which stays as it was", async () => {
      const owner = await signUpOwner(t);
      const mallory = await signUpOwner(t);
      const list = await ranges(owner);
      const before = await eventCount();
      const renamed = await t.gql(UPDATE_RANGE, { id: list[1].id, input: { label: 'Pris', minAge: 3, maxAge: 16 } }, mallory.token);
      expect(renamed.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      const removed = await t.gql(REMOVE_RANGE, { id: list[2].id }, mallory.token);
      expect(removed.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      expect(await eventCount()).toBe(before);
      expect(await ranges(owner)).toEqual(list);
      expect(withoutIds(await ranges(mallory)).map((r) => r.label)).toEqual(['Adult', 'Child', 'Baby']);
    });
  });
});
