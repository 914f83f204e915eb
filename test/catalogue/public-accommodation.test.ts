import { randomUUID } from 'node:crypto';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';

const PUBLIC_FIELDS = `id reference name kind starRating city postalCode description photos { url caption order } characteristics
  minCapacity maxCapacity bookableOnline securityDeposit { cents currency }
  ageRanges { id label minAge maxAge countsTowardsCapacity } supplements { id name mandatory price { cents currency } unit }
  surface contact { name phone city website }`;
const PUBLIC = `query($id: ID!, $lang: Lang) { publicAccommodation(id: $id, lang: $lang) { ${PUBLIC_FIELDS} } }`;
const QUOTE = `query($input: QuoteInput!) { quote(input: $input) {
  bookable refusals { code } persons accommodationPrice { cents } supplements { supplementId quantity amount { cents } } total { cents }
} }`;
const EVERY_DAY = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

const GITE = {
  name: 'Gîte du Lac',
  kind: 'HOLIDAY_RENTAL',
  starRating: 3,
  address: '12 chemin des Pêcheurs',
  postalCode: '74000',
  city: 'Annecy',
  latitude: 45.8992,
  longitude: 6.1294,
  minCapacity: 1,
  maxCapacity: 2,
  surface: 85.5,
  securityDeposit: 50_000,
  description: { fr: 'Vue sur le lac.', en: 'Lake view.' },
  characteristics: ['WIFI', 'GARDEN'],
  photos: [{ url: 'https://photos.example.fr/lac.jpg', caption: { fr: 'Le lac', en: 'The lake' } }, { url: 'https://photos.example.fr/salon.jpg', caption: { fr: 'Le salon' } }],
};

interface PublicAgeRange {
  id: string;
  label: string;
  minAge: number;
  maxAge: number;
  countsTowardsCapacity: boolean;
}

interface PublicSupplement {
  id: string;
  name: string;
  mandatory: boolean;
  price: { cents: number; currency: string };
  unit: string;
}

/** The accommodation's public face, read by a guest (no token), and the quote a guest builds from it. */
describe('publicAccommodation over GraphQL', () => {
  const clock = new ManualClock(new Date('2026-06-01T10:00:00Z'));
  let t: TestApp;
  let owner: SignedUpOwner;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    owner = await signUpOwner(t, { firstName: 'Anne', lastName: 'Martin', phone1: '+33 4 50 12 34 56', city: 'Annecy', website: 'https://gite-du-lac.example.fr', address: '3 rue Privée' });
  });
  afterAll(() => t.close());

  const ok = async (query: string, variables: Record<string, unknown>, token = owner.token) => {
    const answer = await t.gql(query, variables, token);
    if (answer.errors) throw new Error(`${query.slice(0, 50)}… failed: ${JSON.stringify(answer.errors)}`);
    return answer.data as Record<string, { id: string; reference: string }>;
  };
  const create = async (input: Record<string, unknown> = GITE, visibility: 'HIDDEN' | 'LISTED' | 'BOOKABLE' = 'BOOKABLE') => {
    const { id, reference } = (await ok('mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id reference } }', { input })).createAccommodation;
    if (visibility !== 'HIDDEN') await ok('mutation($id: ID!, $v: Visibility!) { setAccommodationVisibility(id: $id, visibility: $v) { id } }', { id, v: visibility });
    return { id, reference };
  };
  const defineSupplement = async (input: Record<string, unknown>) => (await ok('mutation($input: SupplementInput!) { defineSupplement(input: $input) { id } }', { input })).defineSupplement.id;
  const guestReads = async (id: string, lang?: string) => {
    const answer = await t.gql(PUBLIC, { id, lang });
    expect(answer.errors).toBeUndefined();
    return answer.data?.publicAccommodation as Record<string, unknown> | null;
  };

  describe('a bookable accommodation', () => {
    let gite: { id: string; reference: string };
    let cleaning: string;
    let linen: string;

    beforeAll(async () => {
      gite = await create();
      const elsewhere = await create({ ...GITE, name: 'Studio du Port' });
      cleaning = await defineSupplement({ name: { fr: 'Ménage final', en: 'Final cleaning' }, mandatory: true, price: 6_000, unit: 'PER_STAY', accommodationIds: [gite.id] });
      linen = await defineSupplement({ name: { fr: 'Linge de lit' }, mandatory: false, price: 1_200, unit: 'PER_PERSON', accommodationIds: [gite.id, elsewhere.id] });
      await defineSupplement({ name: { fr: 'Bateau' }, mandatory: false, price: 9_000, unit: 'PER_STAY', accommodationIds: [elsewhere.id] });
      await ok('mutation($input: SetRatesInput!) { setRates(input: $input) { count } }', {
        input: { accommodationId: gite.id, periods: [{ from: '2026-07-01', to: '2026-07-31' }], nights: [7], arrivalDays: EVERY_DAY, initialPrice: 70_000 },
      });
    });

    it('shows a guest what they need to choose and book it, in English, with the caution, the age ranges and the supplements that apply to it', async () =>
      expect(await guestReads(gite.id, 'EN')).toEqual({
        id: gite.id,
        reference: gite.reference,
        name: 'Gîte du Lac',
        kind: 'HOLIDAY_RENTAL',
        starRating: 3,
        city: 'Annecy',
        postalCode: '74000',
        description: 'Lake view.',
        photos: [
          { url: 'https://photos.example.fr/lac.jpg', caption: 'The lake', order: 0 },
          { url: 'https://photos.example.fr/salon.jpg', caption: 'Le salon', order: 1 },
        ],
        characteristics: expect.arrayContaining(['WIFI', 'GARDEN']) as string[],
        minCapacity: 1,
        maxCapacity: 2,
        bookableOnline: true,
        securityDeposit: { cents: 50_000, currency: 'EUR' },
        ageRanges: [
          { id: expect.any(String), label: 'Adult', minAge: 17, maxAge: 100, countsTowardsCapacity: true },
          { id: expect.any(String), label: 'Child', minAge: 3, maxAge: 16, countsTowardsCapacity: true },
          { id: expect.any(String), label: 'Baby', minAge: 0, maxAge: 2, countsTowardsCapacity: false },
        ],
        supplements: [
          { id: cleaning, name: 'Final cleaning', mandatory: true, price: { cents: 6_000, currency: 'EUR' }, unit: 'PER_STAY' },
          { id: linen, name: 'Linge de lit', mandatory: false, price: { cents: 1_200, currency: 'EUR' }, unit: 'PER_PERSON' },
        ],
        surface: 85.5,
        contact: { name: 'Anne Martin', phone: expect.stringMatching(/^\+33 ?4 ?50 ?12 ?34 ?56$|^\+33450123456$/) as string, city: 'Annecy', website: 'https://gite-du-lac.example.fr' },
      }));

    it('answers in French when no language or French is asked', async () => {
      for (const lang of [undefined, 'FR']) {
        const read = await guestReads(gite.id, lang);
        expect(read).toMatchObject({ description: 'Vue sur le lac.', photos: [{ caption: 'Le lac' }, { caption: 'Le salon' }] });
        expect((read?.supplements as PublicSupplement[]).map((s) => s.name)).toEqual(['Ménage final', 'Linge de lit']);
      }
    });

    it('lets a guest build a quote from it alone: age ranges by id, a chosen supplement, a baby left out of the capacity', async () => {
      const read = await guestReads(gite.id, 'EN');
      const ranges = read?.ageRanges as PublicAgeRange[];
      const [adult, , baby] = ranges;
      const answer = await t.gql(QUOTE, {
        input: {
          accommodationId: read?.id,
          arrival: '2026-07-04',
          departure: '2026-07-11',
          occupants: [
            { ageRangeId: adult.id, count: 2 },
            { ageRangeId: baby.id, count: 1 },
          ],
          optionalSupplementIds: [linen],
        },
      });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.quote).toEqual({
        bookable: true,
        refusals: [],
        persons: 3,
        accommodationPrice: { cents: 70_000 },
        supplements: [
          { supplementId: cleaning, quantity: 1, amount: { cents: 6_000 } },
          { supplementId: linen, quantity: 3, amount: { cents: 3_600 } },
        ],
        total: { cents: 79_600 },
      });
    });

    it('gives an owner who asks with a token the same public face', async () => {
      const answer = await t.gql(PUBLIC, { id: gite.id, lang: 'EN' }, owner.token);
      expect(answer.data?.publicAccommodation).toEqual(await guestReads(gite.id, 'EN'));
    });
  });

  it('shows a listed accommodation as not bookable online', async () => {
    const listed = await create({ ...GITE, name: 'Chalet', description: { fr: 'Un chalet.' } }, 'LISTED');
    expect(await guestReads(listed.id, 'EN')).toMatchObject({ bookableOnline: false, description: 'Un chalet.' });
  });

  it('answers null, with no error, for a hidden, an archived, an unknown accommodation and an id that is none', async () => {
    const hidden = await create(GITE, 'HIDDEN');
    const archived = await create(GITE, 'BOOKABLE');
    await ok('mutation($id: ID!) { archiveAccommodation(id: $id) { id } }', { id: archived.id });
    for (const id of [hidden.id, archived.id, randomUUID(), 'not-an-id']) expect(await guestReads(id)).toBeNull();
  });

  it('answers null once the owner hides it again', async () => {
    const gite = await create();
    expect(await guestReads(gite.id)).not.toBeNull();
    await ok('mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: HIDDEN) { id } }', { id: gite.id });
    expect(await guestReads(gite.id)).toBeNull();
  });

  it("tells nothing of the owner: no owner id, address, email, visibility or the owner's other accommodations", async () => {
    const answer = await t.gql<{ __type: { fields: { name: string }[] } }>('{ __type(name: "PublicAccommodation") { fields { name } } }');
    expect(answer.data?.__type.fields.map((f) => f.name).sort()).toEqual(
      [
        'ageRanges',
        'bookableOnline',
        'characteristics',
        'city',
        'classification',
        'description',
        'id',
        'kind',
        'maxCapacity',
        'minCapacity',
        'name',
        'photos',
        'postalCode',
        'reference',
        'registrationNumber',
        'securityDeposit',
        'starRating',
        'supplements',
        'surface',
        'contact',
      ].sort(),
    );
    const contact = await t.gql<{ __type: { fields: { name: string }[] } }>('{ __type(name: "PublicContact") { fields { name } } }');
    expect(contact.data?.__type.fields.map((f) => f.name).sort()).toEqual(['city', 'name', 'phone', 'website']);
    const supplement = await t.gql<{ __type: { fields: { name: string }[] } }>('{ __type(name: "PublicSupplement") { fields { name } } }');
    expect(supplement.data?.__type.fields.map((f) => f.name).sort()).toEqual(['id', 'mandatory', 'name', 'price', 'unit']);
  });
});
