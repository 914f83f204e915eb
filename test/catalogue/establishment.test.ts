import { eventCount } from '../support/database';
import { signUpOwner } from '../support/owners';
import { startTestApp, type TestApp } from '../support/test-app';

const FIELDS = 'name slogan description { fr en } photos { url caption { fr en } order }';
const ESTABLISHMENT = `{ establishment { ${FIELDS} } }`;
const UPDATE = `mutation($input: EstablishmentInput!) { updateEstablishment(input: $input) { ${FIELDS} } }`;

const FULL = {
  name: '  Domaine des Trois Lacs ',
  slogan: 'Le calme au bord de l’eau',
  description: { fr: 'Trois gîtes autour d’un verger.\nAccès direct au lac.', en: 'Three cottages around an orchard.' },
  photos: [{ url: 'https://photos.example.fr/domaine.jpg', caption: { fr: 'Le domaine' } }, { url: 'https://photos.example.fr/verger.jpg' }],
};
const DESCRIBED = {
  name: 'Domaine des Trois Lacs',
  slogan: 'Le calme au bord de l’eau',
  description: { fr: 'Trois gîtes autour d’un verger.\nAccès direct au lac.', en: 'Three cottages around an orchard.' },
  photos: [
    { url: 'https://photos.example.fr/domaine.jpg', caption: { fr: 'Le domaine', en: null }, order: 0 },
    { url: 'https://photos.example.fr/verger.jpg', caption: { fr: null, en: null }, order: 1 },
  ],
};

describe('the establishment over GraphQL', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());


  it('is null until the owner first describes it', async () => {
    const owner = await signUpOwner(t);
    expect((await t.gql(ESTABLISHMENT, {}, owner.token)).data).toEqual({ establishment: null });
  });

  it('shows every field described, texts trimmed and photos in order, to its owner only', async () => {
    const owner = await signUpOwner(t);
    const neighbour = await signUpOwner(t);
    const answer = await t.gql(UPDATE, { input: FULL }, owner.token);
    expect(answer.data?.updateEstablishment).toEqual(DESCRIBED);
    expect((await t.gql(ESTABLISHMENT, {}, owner.token)).data?.establishment).toEqual(DESCRIBED);
    expect((await t.gql(ESTABLISHMENT, {}, neighbour.token)).data).toEqual({ establishment: null });
  });

  it('replaces the whole description on update, clearing what is left out', async () => {
    const owner = await signUpOwner(t);
    await t.gql(UPDATE, { input: FULL }, owner.token);
    const cleared = { name: 'Les Trois Lacs', slogan: null, description: { fr: null, en: null }, photos: [] };
    expect((await t.gql(UPDATE, { input: { name: 'Les Trois Lacs' } }, owner.token)).data?.updateEstablishment).toEqual(cleared);
    expect((await t.gql(ESTABLISHMENT, {}, owner.token)).data?.establishment).toEqual(cleared);
  });

  it('writes nothing when the same description is sent again', async () => {
    const owner = await signUpOwner(t);
    await t.gql(UPDATE, { input: FULL }, owner.token);
    const before = await eventCount();
    expect((await t.gql(UPDATE, { input: FULL }, owner.token)).data?.updateEstablishment).toEqual(DESCRIBED);
    expect(await eventCount()).toBe(before);
  });

  it.each([
    ['a photo address that is not http(s)', { photos: [{ url: 'https://photos.example.fr/a.jpg' }, { url: 'javascript:alert(1)' }] }, 'input.photos[1].url'],
    ['a photo address without a host', { photos: [{ url: 'https://' }] }, 'input.photos[0].url'],
    ['an empty name', { name: '   ' }, 'input.name'],
    ['a slogan on two lines', { slogan: 'Le calme\nBcc: victim@example.fr' }, 'input.slogan'],
  ])('refuses %s, naming the field, writing no event and keeping the description', async (_, change, field) => {
    const owner = await signUpOwner(t);
    await t.gql(UPDATE, { input: FULL }, owner.token);
    const before = await eventCount();
    const answer = await t.gql(UPDATE, { input: { ...FULL, name: 'Autre nom', ...change } }, owner.token);
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(answer.errors?.[0].message).toContain(field);
    expect(await eventCount()).toBe(before);
    expect((await t.gql(ESTABLISHMENT, {}, owner.token)).data?.establishment).toEqual(DESCRIBED);
  });
});
