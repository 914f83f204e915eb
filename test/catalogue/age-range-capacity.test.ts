import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { startTestApp, type TestApp } from '../support/test-app';

const RANGE = 'id label minAge maxAge countsTowardsCapacity';
const AGE_RANGES = `{ ageRanges { ${RANGE} } }`;
const DEFINE = `mutation($input: AgeRangeInput!) { defineAgeRange(input: $input) { ${RANGE} } }`;
const UPDATE = `mutation($id: ID!, $input: AgeRangeInput!) { updateAgeRange(id: $id, input: $input) { ${RANGE} } }`;

interface Range {
  id: string;
  label: string;
  minAge: number;
  maxAge: number;
  countsTowardsCapacity: boolean;
}

/** Whether an age range counts towards an accommodation's capacity, as owners set it over GraphQL. */
describe('age ranges counting towards capacity over GraphQL', () => {
  let t: TestApp;
  let owner: SignedUpOwner;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    owner = await signUpOwner(t);
  });

  const ranges = async (): Promise<Range[]> => (await t.gql<{ ageRanges: Range[] }>(AGE_RANGES, {}, owner.token)).data?.ageRanges ?? [];
  const byLabel = async (label: string): Promise<Range> => {
    const found = (await ranges()).find((r) => r.label === label);
    if (!found) throw new Error(`the owner has no ${label} range`);
    return found;
  };
  const update = async (id: string, input: Record<string, unknown>): Promise<Range> => {
    const answer = await t.gql<{ updateAgeRange: Range }>(UPDATE, { id, input }, owner.token);
    if (!answer.data?.updateAgeRange) throw new Error(`updateAgeRange failed: ${JSON.stringify(answer.errors)}`);
    return answer.data.updateAgeRange;
  };

  it("starts a new owner with babies left out of the capacity, adults and children counted", async () =>
    expect((await ranges()).map((r) => [r.label, r.countsTowardsCapacity])).toEqual([
      ['Adult', true],
      ['Child', true],
      ['Baby', false],
    ]));

  it('counts a new range unless the owner says otherwise', async () => {
    const counted = await t.gql(DEFINE, { input: { label: 'Senior', minAge: 101, maxAge: 110 } }, owner.token);
    expect(counted.data?.defineAgeRange).toMatchObject({ label: 'Senior', countsTowardsCapacity: true });
    const left = await t.gql(DEFINE, { input: { label: 'Centenarian', minAge: 111, maxAge: 120, countsTowardsCapacity: false } }, owner.token);
    expect(left.data?.defineAgeRange).toMatchObject({ label: 'Centenarian', countsTowardsCapacity: false });
    expect((await ranges()).map((r) => [r.label, r.countsTowardsCapacity])).toContainEqual(['Centenarian', false]);
  });

  it('keeps what a range says when an update leaves it out, and changes it when the update says so', async () => {
    const baby = await byLabel('Baby');
    expect(await update(baby.id, { label: 'Infant', minAge: 0, maxAge: 2 })).toEqual({ ...baby, label: 'Infant' });
    expect(await update(baby.id, { label: 'Infant', minAge: 0, maxAge: 2, countsTowardsCapacity: null })).toMatchObject({ countsTowardsCapacity: false });
    expect(await update(baby.id, { label: 'Infant', minAge: 0, maxAge: 2, countsTowardsCapacity: true })).toMatchObject({ countsTowardsCapacity: true });
    const child = await byLabel('Child');
    expect(await update(child.id, { label: 'Child', minAge: 3, maxAge: 16, countsTowardsCapacity: false })).toEqual({ ...child, countsTowardsCapacity: false });
    expect(await byLabel('Child')).toMatchObject({ countsTowardsCapacity: false });
  });
});
