import { CREATE_DOSSIER, dossierInput, ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';

/** The back office books by the same capacity rule as the guest's quote: only ranges that count towards it. */
describe('booking files and age ranges left out of the capacity', () => {
  const clock = new ManualClock(new Date('2026-06-01T10:00:00Z'));
  let t: TestApp;
  let gite: OwnerWithGite;
  let babies: string;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    gite = await ownerWithGite(t);
    const ranges = await t.gql<{ ageRanges: { id: string; label: string }[] }>('{ ageRanges { id label } }', {}, gite.owner.token);
    babies = ranges.data?.ageRanges.find((r) => r.label === 'Baby')?.id ?? '';
  });
  afterAll(() => t.close());

  /** The gîte sleeps 4. */
  const book = (arrival: string, departure: string, occupants: { ageRangeId: string; count: number }[]) => {
    const { input } = dossierInput(gite, arrival, departure);
    return t.gql(CREATE_DOSSIER, { input: { ...input, occupants } }, gite.owner.token);
  };

  it('books 4 adults and a baby into a gîte sleeping 4, the baby left out of the capacity', async () => {
    const answer = await book('2026-07-04', '2026-07-11', [
      { ageRangeId: gite.adults, count: 4 },
      { ageRangeId: babies, count: 1 },
    ]);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.createDossier).toMatchObject({ status: 'OPTION' });
  });

  it('refuses a fifth adult, naming the occupants', async () => {
    const answer = await book('2026-07-11', '2026-07-18', [{ ageRangeId: gite.adults, count: 5 }]);
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.occupants' });
    expect(answer.errors?.[0].message).toContain('sleeps at most 4 persons (asked: 5)');
  });
});
