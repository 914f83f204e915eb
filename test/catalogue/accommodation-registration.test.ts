import ExcelJS from 'exceljs';
import { CATALOGUE_FOR_DOCUMENTS, CATALOGUE_QUERIES, type CatalogueForDocuments, type CatalogueQueries } from '../../src/catalogue/contracts';
import { CREATE_DOSSIER } from '../support/booking-fixtures';
import { eventCount } from '../support/database';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { pdfWords } from '../support/pdf-text';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';

/**
 * A meublé de tourisme's registration number and the date of its classement (issue 17 §3), over
 * GraphQL and to every place that prints them: the public page, the contracts other contexts
 * read, the owner's dashboard, the spreadsheet of files and the file's document. Today is
 * Monday 1 June 2026.
 */
const TODAY = '2026-06-01';

const FIELDS = 'id starRating registrationNumber registrationRequired classification { stars decidedOn expiresOn status } visibility';
const CREATE = `mutation($input: AccommodationInput!) { createAccommodation(input: $input) { ${FIELDS} } }`;
const REGISTER = `mutation($id: ID!, $input: AccommodationRegistrationInput!) { setAccommodationRegistration(id: $id, input: $input) { ${FIELDS} } }`;
const VISIBILITY = `mutation($id: ID!, $v: Visibility!) { setAccommodationVisibility(id: $id, visibility: $v) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { accommodation(id: $id) { ${FIELDS} } }`;

const GITE = { name: 'Gîte des Remparts', kind: 'HOLIDAY_RENTAL', starRating: 3, address: '2 rue des Teinturiers', postalCode: '84000', city: 'Avignon', maxCapacity: 4, description: { fr: 'Intra-muros.' } };

interface Accommodation {
  id: string;
  registrationNumber: string | null;
  registrationRequired: boolean;
  classification: { stars: number; decidedOn: string | null; expiresOn: string | null; status: string };
  visibility: string;
}

describe('the registration of a meublé de tourisme', () => {
  let t: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    t = await startTestApp({ clock: new ManualClock(new Date(`${TODAY}T10:00:00Z`)), config: { pdfWorkers: 1 } });
    baseUrl = t.url.replace(/\/graphql$/, '');
  });
  afterAll(() => t.close());

  const create = async (owner: SignedUpOwner, input: Record<string, unknown> = {}): Promise<Accommodation> => {
    const answer = await t.gql<{ createAccommodation: Accommodation }>(CREATE, { input: { ...GITE, ...input } }, owner.token);
    if (!answer.data) throw new Error(`createAccommodation failed: ${JSON.stringify(answer.errors)}`);
    return answer.data.createAccommodation;
  };
  const register = (owner: SignedUpOwner, id: string, input: Record<string, unknown>) => t.gql<{ setAccommodationRegistration: Accommodation }>(REGISTER, { id, input }, owner.token);
  const registered = async (owner: SignedUpOwner, id: string, input: Record<string, unknown>): Promise<Accommodation> => {
    const answer = await register(owner, id, input);
    if (!answer.data) throw new Error(`setAccommodationRegistration failed: ${JSON.stringify(answer.errors)}`);
    return answer.data.setAccommodationRegistration;
  };
  const visibility = (owner: SignedUpOwner, id: string, v: string) => t.gql<{ setAccommodationVisibility: Accommodation }>(VISIBILITY, { id, v }, owner.token);
  const read = async (owner: SignedUpOwner, id: string) => (await t.gql<{ accommodation: Accommodation }>(ONE, { id }, owner.token)).data?.accommodation;

  describe('set by its owner', () => {
    it('keeps the number as 13 characters, with the commune’s rule and the classement’s date and end', async () => {
      const owner = await signUpOwner(t);
      const gite = await create(owner);
      expect(gite).toMatchObject({ registrationNumber: null, registrationRequired: false, classification: { stars: 3, decidedOn: null, expiresOn: null, status: 'UNDATED' } });

      const answer = await registered(owner, gite.id, { registrationNumber: '84007 123456 ab', registrationRequired: true, classificationDecidedOn: '2022-05-10' });

      const expected = { registrationNumber: '84007123456AB', registrationRequired: true, classification: { stars: 3, decidedOn: '2022-05-10', expiresOn: '2027-05-09', status: 'VALID' } };
      expect(answer).toMatchObject(expected);
      expect(await read(owner, gite.id)).toMatchObject(expected);
    });

    it('says when the classement ends within 90 days and once it has ended', async () => {
      const owner = await signUpOwner(t);
      const gite = await create(owner);
      expect((await registered(owner, gite.id, { classificationDecidedOn: '2021-07-01' })).classification).toEqual({ stars: 3, decidedOn: '2021-07-01', expiresOn: '2026-06-30', status: 'EXPIRING_SOON' });
      expect((await registered(owner, gite.id, { classificationDecidedOn: '2021-06-01' })).classification).toEqual({ stars: 3, decidedOn: '2021-06-01', expiresOn: '2026-05-31', status: 'EXPIRED' });
    });

    it('clears what the owner leaves out', async () => {
      const owner = await signUpOwner(t);
      const gite = await create(owner);
      await registered(owner, gite.id, { registrationNumber: '84007123456AB', registrationRequired: true, classificationDecidedOn: '2022-05-10' });
      expect(await registered(owner, gite.id, {})).toMatchObject({ registrationNumber: null, registrationRequired: false, classification: { decidedOn: null, status: 'UNDATED' } });
    });

    it('refuses a malformed number with a named error, and writes nothing', async () => {
      const owner = await signUpOwner(t);
      const gite = await create(owner);
      await registered(owner, gite.id, { registrationNumber: '84007123456AB', classificationDecidedOn: '2022-05-10' });
      const before = await eventCount();

      for (const number of ['84007 12345 AB', '20004123456AB', '84007-123456-A!']) {
        const answer = await register(owner, gite.id, { registrationNumber: number, registrationRequired: true, classificationDecidedOn: '2023-01-01' });
        expect(answer.data).toBeNull();
        expect(answer.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.registrationNumber', reason: 'MALFORMED_REGISTRATION_NUMBER' });
        expect(answer.errors?.[0].message).toContain('13 characters');
      }

      expect(await eventCount()).toBe(before);
      expect(await read(owner, gite.id)).toMatchObject({ registrationNumber: '84007123456AB', registrationRequired: false, classification: { decidedOn: '2022-05-10' } });
    });

    it('refuses a classement decided after today, or for an unclassified accommodation', async () => {
      const owner = await signUpOwner(t);
      const gite = await create(owner);
      expect((await register(owner, gite.id, { classificationDecidedOn: '2026-06-02' })).errors?.[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.classificationDecidedOn',
        reason: 'CLASSIFICATION_DECIDED_IN_FUTURE',
      });
      const unclassified = await create(owner, { starRating: 0 });
      expect((await register(owner, unclassified.id, { classificationDecidedOn: '2022-05-10' })).errors?.[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.classificationDecidedOn',
        reason: 'CLASSIFICATION_WITHOUT_STARS',
      });
    });

    it('refuses a number for a chambre d’hôtes, which is no meublé de tourisme', async () => {
      const owner = await signUpOwner(t);
      const room = await create(owner, { kind: 'GUEST_ROOM' });
      expect((await register(owner, room.id, { registrationNumber: '84007123456AB' })).errors?.[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.registrationNumber',
        reason: 'REGISTRATION_NOT_FOR_GUEST_ROOMS',
      });
    });
  });

  describe('bookable online only with the number its commune requires', () => {
    it('refuses to make it BOOKABLE without the number, then makes it so once given, and keeps the number while it is', async () => {
      const owner = await signUpOwner(t);
      const gite = await create(owner);
      await registered(owner, gite.id, { registrationRequired: true });
      const before = await eventCount();

      const refused = await visibility(owner, gite.id, 'BOOKABLE');
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0].extensions).toEqual({ code: 'CONFLICT', field: 'visibility', reason: 'REGISTRATION_NUMBER_REQUIRED' });
      expect(await eventCount()).toBe(before);
      expect((await read(owner, gite.id))?.visibility).toBe('HIDDEN');
      expect((await visibility(owner, gite.id, 'LISTED')).data?.setAccommodationVisibility.visibility).toBe('LISTED');

      await registered(owner, gite.id, { registrationNumber: '84007123456AB', registrationRequired: true });
      expect((await visibility(owner, gite.id, 'BOOKABLE')).data?.setAccommodationVisibility.visibility).toBe('BOOKABLE');

      const cleared = await register(owner, gite.id, { registrationRequired: true });
      expect(cleared.errors?.[0].extensions).toEqual({ code: 'CONFLICT', field: 'input.registrationNumber', reason: 'REGISTRATION_NUMBER_REQUIRED' });
      expect(await read(owner, gite.id)).toMatchObject({ registrationNumber: '84007123456AB', visibility: 'BOOKABLE' });
    });

    it('lets an accommodation in a commune that requires no number be bookable without one', async () => {
      const owner = await signUpOwner(t);
      const gite = await create(owner);
      expect((await visibility(owner, gite.id, 'BOOKABLE')).data?.setAccommodationVisibility).toMatchObject({ visibility: 'BOOKABLE', registrationNumber: null });
    });
  });

  describe('printed wherever the accommodation is offered', () => {
    it('shows guests the number and the classement on the public page', async () => {
      const owner = await signUpOwner(t);
      const gite = await create(owner);
      await registered(owner, gite.id, { registrationNumber: '84007123456AB', registrationRequired: true, classificationDecidedOn: '2021-06-01' });
      await visibility(owner, gite.id, 'LISTED');

      const answer = await t.gql(`query($id: ID!) { publicAccommodation(id: $id) { starRating registrationNumber classification { stars decidedOn expiresOn status } } }`, { id: gite.id });

      expect(answer.data?.publicAccommodation).toEqual({
        starRating: 3,
        registrationNumber: '84007123456AB',
        classification: { stars: 3, decidedOn: '2021-06-01', expiresOn: '2026-05-31', status: 'EXPIRED' },
      });
    });

    it('hands the classement and the number to the contexts that price, book and print', async () => {
      const owner = await signUpOwner(t);
      const gite = await create(owner);
      await registered(owner, gite.id, { registrationNumber: '84007123456AB', registrationRequired: true, classificationDecidedOn: '2022-05-10' });
      const expected = { classification: { stars: 3, decidedOn: '2022-05-10', expiresOn: '2027-05-09' }, registrationNumber: '84007123456AB' };

      expect(await t.app.get<CatalogueQueries>(CATALOGUE_QUERIES).accommodationForBooking(gite.id)).toMatchObject(expected);
      expect((await t.app.get<CatalogueForDocuments>(CATALOGUE_FOR_DOCUMENTS).accommodationsForDocuments([gite.id])).get(gite.id)).toMatchObject(expected);
      const [owned] = await t.app.get<CatalogueQueries>(CATALOGUE_QUERIES).accommodationsOfOwner(owner.id);
      expect(owned.classification).toEqual(expected.classification);
    });

    it('adds the number to the spreadsheet of files and prints it on the file’s document', async () => {
      const owner = await signUpOwner(t);
      const gite = await create(owner);
      await registered(owner, gite.id, { registrationNumber: '84007123456AB', registrationRequired: true, classificationDecidedOn: '2022-05-10' });
      const adults = ((await t.gql('{ ageRanges { id label } }', {}, owner.token)).data?.ageRanges as { id: string; label: string }[]).find((r) => r.label === 'Adult')?.id;
      const file = await t.gql(
        CREATE_DOSSIER,
        { input: { accommodationId: gite.id, arrival: '2026-07-04', departure: '2026-07-11', occupants: [{ ageRangeId: adults, count: 2 }], price: 70_000, guest: { lastName: 'Martin' } } },
        owner.token,
      );
      expect(file.errors).toBeUndefined();
      const headers = { authorization: `Bearer ${owner.token}` };

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await (await fetch(`${baseUrl}/exports/dossiers.xlsx`, { headers })).arrayBuffer());
      const sheet = workbook.getWorksheet('Dossiers');
      const header = sheet?.getRow(1).values as unknown[];
      const column = header.indexOf('N° d’enregistrement');
      expect(column).toBeGreaterThan(0);
      expect(sheet?.getRow(2).getCell(column).value).toBe('84007 123456 AB');

      const pdf = await fetch(`${baseUrl}/dossiers/${file.data?.createDossier.id as string}/document.pdf`, { headers });
      expect(pdf.status).toBe(200);
      const text = pdfWords(Buffer.from(await pdf.arrayBuffer()));
      expect(text).toContain("N° d'enregistrement : 84007 123456 AB");
      expect(text).toContain("3 étoiles (classement du 10/05/2022, valable jusqu'au 09/05/2027)");
    });
  });

  describe('the owner’s dashboard', () => {
    const DASHBOARD = `query($lang: Lang) { dashboard(lang: $lang) { classificationWarnings { accommodationId name status stars decidedOn expiresOn message } } }`;

    it('warns of classements ending within 90 days or ended, the earliest end first, in French or English', async () => {
      const owner = await signUpOwner(t);
      const other = await signUpOwner(t, { lastName: 'Durand' });
      const ending = await create(owner, { name: 'Gîte des Lices' });
      const ended = await create(owner, { name: 'Gîte du Palais', starRating: 2 });
      const holding = await create(owner, { name: 'Gîte du Rocher' });
      await create(owner, { name: 'Gîte sans date' });
      await registered(owner, ending.id, { classificationDecidedOn: '2021-07-01' });
      await registered(owner, ended.id, { classificationDecidedOn: '2021-01-10' });
      await registered(owner, holding.id, { classificationDecidedOn: '2021-09-01' });
      const theirs = await create(other);
      await registered(other, theirs.id, { classificationDecidedOn: '2021-01-10' });

      const french = await t.gql(DASHBOARD, {}, owner.token);

      expect(french.errors).toBeUndefined();
      expect(french.data?.dashboard.classificationWarnings).toEqual([
        {
          accommodationId: ended.id,
          name: 'Gîte du Palais',
          status: 'EXPIRED',
          stars: 2,
          decidedOn: '2021-01-10',
          expiresOn: '2026-01-09',
          message:
            'Le classement 2\u00a0étoiles de «\u00a0Gîte du Palais\u00a0» n’est plus valable depuis le samedi 10 janvier 2026\u00a0: l’hébergement compte comme non classé (annonces, taxe de séjour) jusqu’à un nouveau classement.',
        },
        {
          accommodationId: ending.id,
          name: 'Gîte des Lices',
          status: 'EXPIRING_SOON',
          stars: 3,
          decidedOn: '2021-07-01',
          expiresOn: '2026-06-30',
          message: 'Le classement 3\u00a0étoiles de «\u00a0Gîte des Lices\u00a0» est valable jusqu’au mardi 30 juin 2026\u00a0: faites-le renouveler par une nouvelle visite de classement avant cette date.',
        },
      ]);
      const english = await t.gql(DASHBOARD, { lang: 'EN' }, owner.token);
      expect((english.data?.dashboard.classificationWarnings as { message: string }[]).map((w) => w.message)).toEqual([
        'The 2-star classification of "Gîte du Palais" has not held since Saturday 10 January 2026: the accommodation counts as unclassified (listings, tourist tax) until it is classified again.',
        'The 3-star classification of "Gîte des Lices" holds until Tuesday 30 June 2026: book a new classification visit before then.',
      ]);
    });
  });
});
