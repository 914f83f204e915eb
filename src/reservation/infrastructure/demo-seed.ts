import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEMO_SCENES, demoPhoto } from './demo-photos';

/**
 * A newcomer's `npm start` on the embedded database comes with a demo owner to book from: two
 * accommodations (a gîte and a chambre d'hôtes) with photos, rates for the coming twelve months,
 * supplements, a promo code, general terms of sale, sales terms and the local test payment
 * provider. Everything goes through the app's own public API over HTTP, as an owner's client
 * would, so the demo never holds a shape the API could not make.
 *
 * It runs once: what it made is written to `DATA_DIR/demo.json` (owner-only, with the demo
 * owner's generated password), each step first looks for what an interrupted run left, and a
 * later start only renews the rates once they have a month less than a year ahead.
 */
export const DEMO_FILE = 'demo.json';
export const DEMO_EMAIL = 'demo@osmb.example.fr';
const RATES_RENEWED_AFTER_DAYS = 30;

export interface DemoData {
  readonly email: string;
  readonly password: string;
  readonly ownerId: string | null;
  readonly accommodations: readonly { readonly id: string; readonly name: string }[];
  /** The day the rates were last set from, ISO; null until they were. */
  readonly ratesFrom: string | null;
  readonly complete: boolean;
}

const demoFile = z.object({
  email: z.string(),
  password: z.string(),
  ownerId: z.string().nullable(),
  accommodations: z.array(z.object({ id: z.string(), name: z.string() })),
  ratesFrom: z.string().nullable(),
  complete: z.boolean(),
});

/** What the demo's seeding wrote, or null before it ran (or when it cannot be read). */
export function readDemo(dataDir: string): DemoData | null {
  const path = join(dataDir, DEMO_FILE);
  if (!existsSync(path)) return null;
  try {
    const read = demoFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return read.success ? read.data : null;
  } catch {
    return null;
  }
}

const writeDemo = (dataDir: string, data: DemoData): void => writeFileSync(join(dataDir, DEMO_FILE), `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
const addDays = (day: string, days: number): string => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));

class DemoClient {
  private token: string | null = null;

  constructor(
    private readonly apiUrl: string,
    private readonly publicUrl: string,
  ) {}

  async gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const answer = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    const error = answer.errors?.[0];
    if (error) throw new DemoStepFailed(error.message, error.extensions?.code ?? null);
    if (!answer.data) throw new DemoStepFailed(`HTTP ${response.status} without data`, null);
    return answer.data;
  }

  async signIn(data: DemoData): Promise<string> {
    const details = { email: data.email, password: data.password, lastName: 'Martin', firstName: 'Camille', company: 'Les Terrasses du Luberon', city: 'Gordes', postalCode: '84220', country: 'France', phone1: '04 90 00 00 00' };
    try {
      const up = await this.gql<{ signUp: { token: string; owner: { id: string } } }>('mutation($i: SignUpInput!) { signUp(input: $i) { token owner { id } } }', { i: details });
      this.token = up.signUp.token;
      return up.signUp.owner.id;
    } catch (error) {
      if (!(error instanceof DemoStepFailed) || error.code !== 'CONFLICT') throw error;
    }
    const login = await this.gql<{ logIn: { token: string; owner: { id: string } } }>('mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token owner { id } } }', {
      e: data.email,
      p: data.password,
    });
    this.token = login.logIn.token;
    return login.logIn.owner.id;
  }

  async upload(png: Buffer): Promise<string> {
    const response = await fetch(`${this.apiUrl}/images`, { method: 'POST', headers: { 'content-type': 'image/png', authorization: `Bearer ${this.token ?? ''}` }, body: png });
    if (!response.ok) throw new DemoStepFailed(`uploading a photo answered HTTP ${response.status}`, null);
    const { url } = (await response.json()) as { url: string };
    return `${this.publicUrl}${url}`;
  }
}

export class DemoStepFailed extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

const GITE = {
  name: 'Gîte des Lavandes',
  kind: 'HOLIDAY_RENTAL',
  city: 'Gordes',
  postalCode: '84220',
  address: '12 chemin des Bories',
  starRating: 3,
  minCapacity: 1,
  maxCapacity: 5,
  surface: 85,
  securityDeposit: 30_000,
  characteristics: ['WIFI', 'HEATING', 'DISHWASHER', 'WASHING_MACHINE', 'GARDEN', 'TERRACE', 'SWIMMING_POOL', 'PARKING', 'BABY_COT'],
  description: {
    fr: 'Mas en pierre sèche au pied du village, face aux champs de lavande.\n\nDeux chambres, une cuisine ouverte sur la terrasse, un jardin clos et une piscine partagée avec les propriétaires.',
    en: 'A dry-stone farmhouse below the village, facing the lavender fields.\n\nTwo bedrooms, a kitchen opening onto the terrace, a walled garden and a pool shared with the owners.',
  },
};

const ROOM = {
  name: 'Chambre d’hôtes L’Olivier',
  kind: 'GUEST_ROOM',
  city: 'Gordes',
  postalCode: '84220',
  address: '12 chemin des Bories',
  starRating: 0,
  minCapacity: 1,
  maxCapacity: 2,
  surface: 22,
  characteristics: ['WIFI', 'AIR_CONDITIONING', 'BREAKFAST_INCLUDED', 'BED_LINEN_PROVIDED', 'TOWELS_PROVIDED', 'TERRACE'],
  description: {
    fr: 'Chambre double au premier étage du mas, salle d’eau privative, vue sur le Luberon. Petit-déjeuner maison servi sous l’olivier.',
    en: 'A double room on the farmhouse’s first floor, private shower room, view over the Luberon. Home-made breakfast served under the olive tree.',
  },
};

/** Seasons between two days: July and August are high season, the rest low. */
function seasons(from: string, to: string): { high: { from: string; to: string }[]; low: { from: string; to: string }[] } {
  const high: { from: string; to: string }[] = [];
  const low: { from: string; to: string }[] = [];
  let start = from;
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const isHigh = (month: string) => month === '07' || month === '08';
    const next = addDays(day, 1);
    if (next > to || isHigh(day.slice(5, 7)) !== isHigh(next.slice(5, 7))) {
      (isHigh(day.slice(5, 7)) ? high : low).push({ from: start, to: day });
      start = next;
    }
  }
  return { high, low };
}

export interface DemoSeedResult {
  readonly data: DemoData;
  /** What this start did: made the demo, renewed its rates, or found it as it was. */
  readonly action: 'CREATED' | 'RATES_RENEWED' | 'UNCHANGED';
}

export interface DemoSeedOptions {
  /** Where this process reaches the app's API. */
  readonly apiUrl: string;
  /** Where guests reach the app: photos and links are stored with it. */
  readonly publicUrl: string;
  readonly dataDir: string;
  readonly today?: Date;
  readonly email?: string;
}

/** Makes the demo once, idempotently, through the app's API. */
export async function seedDemo(options: DemoSeedOptions): Promise<DemoSeedResult> {
  const { dataDir, email = DEMO_EMAIL } = options;
  const day = isoDay(options.today ?? new Date());
  let data = readDemo(dataDir) ?? { email, password: randomBytes(18).toString('base64url'), ownerId: null, accommodations: [], ratesFrom: null, complete: false };
  const renewRates = data.complete && (data.ratesFrom === null || addDays(data.ratesFrom, RATES_RENEWED_AFTER_DAYS) <= day);
  if (data.complete && !renewRates) return { data, action: 'UNCHANGED' };
  // Written before anything is made, so that an interrupted run finds its password again.
  writeDemo(dataDir, data);
  const client = new DemoClient(options.apiUrl, options.publicUrl);
  const ownerId = await client.signIn(data);
  data = { ...data, ownerId };
  if (data.complete) {
    await setRates(client, data.accommodations, day);
    data = { ...data, ratesFrom: day };
    writeDemo(dataDir, data);
    return { data, action: 'RATES_RENEWED' };
  }
  await client.gql('mutation($i: EstablishmentInput!) { updateEstablishment(input: $i) { name } }', {
    i: { name: 'Les Terrasses du Luberon', slogan: 'Gîte et chambre d’hôtes à Gordes', description: { fr: 'Un mas provençal et ses hôtes.', en: 'A Provence farmhouse and its hosts.' } },
  });
  const accommodations = await accommodationsOf(client);
  await setRates(client, accommodations, day);
  await supplementsAndCodes(client, accommodations);
  await sellingTerms(client, options.publicUrl);
  data = { ...data, accommodations, ratesFrom: day, complete: true };
  writeDemo(dataDir, data);
  return { data, action: 'CREATED' };
}

async function accommodationsOf(client: DemoClient): Promise<{ id: string; name: string }[]> {
  const existing = (await client.gql<{ accommodations: { id: string; name: string }[] }>('{ accommodations { id name } }')).accommodations;
  const made: { id: string; name: string }[] = [];
  for (const [index, details] of [GITE, ROOM].entries()) {
    let found = existing.find((a) => a.name === details.name);
    if (!found) {
      const scenes = index === 0 ? DEMO_SCENES : DEMO_SCENES.slice(1, 2);
      const photos = [];
      for (const [i, scene] of scenes.entries()) {
        photos.push({ url: await client.upload(demoPhoto(scene)), caption: { fr: `${details.name}, vue ${i + 1}`, en: `${details.name}, view ${i + 1}` } });
      }
      const created = await client.gql<{ createAccommodation: { id: string; name: string } }>('mutation($i: AccommodationInput!) { createAccommodation(input: $i) { id name } }', {
        i: { ...details, photos },
      });
      found = created.createAccommodation;
    }
    await client.gql('mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: BOOKABLE) { id } }', { id: found.id });
    await client.gql('mutation($id: ID!) { setTouristTax(accommodationId: $id, perPersonPerNight: 88) { accommodationId } }', { id: found.id });
    made.push({ id: found.id, name: found.name });
  }
  return made;
}

const SET_RATES = 'mutation($i: SetRatesInput!) { setRates(input: $i) { count } }';
const EVERY_DAY = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** The gîte by the week from Saturday (665 € / 805 € in July and August), weekends and mid-weeks off season; the room by the night. */
async function setRates(client: DemoClient, accommodations: readonly { id: string; name: string }[], day: string): Promise<void> {
  const [gite, room] = accommodations;
  if (!gite || !room) throw new DemoStepFailed('the demo accommodations are missing', null);
  const { high, low } = seasons(day, addDays(day, 365));
  const rate = (accommodationId: string, periods: { from: string; to: string }[], nights: number[], arrivalDays: string[], initialPrice: number) =>
    periods.length === 0 ? Promise.resolve() : client.gql(SET_RATES, { i: { accommodationId, periods, nights, arrivalDays, initialPrice } });
  await rate(gite.id, low, [7], ['SATURDAY'], 66_500);
  await rate(gite.id, high, [7], ['SATURDAY'], 80_500);
  await rate(gite.id, low, [2], ['FRIDAY', 'SATURDAY'], 24_000);
  await rate(gite.id, low, [4], ['MONDAY'], 39_000);
  await client.gql('mutation($i: BookingRulesInput!) { setBookingRules(input: $i) { minimumStay } }', { i: { accommodationId: gite.id, minimumStay: 2 } });
  for (let nights = 1; nights <= 7; nights++) {
    await rate(room.id, [...low, ...high].sort((a, b) => a.from.localeCompare(b.from)), [nights], EVERY_DAY, nights * (nights >= 3 ? 8_000 : 8_500));
  }
}

async function supplementsAndCodes(client: DemoClient, accommodations: readonly { id: string; name: string }[]): Promise<void> {
  const [gite, room] = accommodations.map((a) => a.id);
  const existing = (await client.gql<{ supplements: { name: { fr: string } }[] }>('{ supplements { name { fr } } }')).supplements.map((s) => s.name.fr);
  const supplements = [
    { name: { fr: 'Ménage de fin de séjour', en: 'Final cleaning' }, mandatory: false, price: 6_000, unit: 'PER_STAY', accommodationIds: [gite] },
    { name: { fr: 'Linge de lit et de toilette', en: 'Bed and bath linen' }, mandatory: false, price: 1_500, unit: 'PER_PERSON', accommodationIds: [gite] },
    { name: { fr: 'Panier de bienvenue', en: 'Welcome basket' }, mandatory: false, price: 2_500, unit: 'PER_STAY', accommodationIds: [gite, room] },
  ];
  for (const supplement of supplements.filter((s) => !existing.includes(s.name.fr))) {
    await client.gql('mutation($i: SupplementInput!) { defineSupplement(input: $i) { id } }', { i: supplement });
  }
  const codes = (await client.gql<{ promoCodes: { code: string }[] }>('{ promoCodes { code } }')).promoCodes.map((c) => c.code);
  if (!codes.includes('BIENVENUE')) {
    await client.gql('mutation($i: PromoCodeInput!) { createPromoCode(input: $i) { id } }', {
      i: { code: 'BIENVENUE', internalLabel: 'Démo : 10 % pour tous', label: { fr: 'Bienvenue : 10 % de remise', en: 'Welcome: 10% off' }, usage: 'MULTIPLE', percent: 10, accommodationIds: [gite, room] },
    });
  }
}

async function sellingTerms(client: DemoClient, baseUrl: string): Promise<void> {
  const model = (await client.gql<{ documentSettings: { termsModel: { fr: string; en: string | null } } }>('{ documentSettings { termsModel { fr en } } }')).documentSettings.termsModel;
  await client.gql('mutation($i: DocumentSettingsInput!) { setDocumentSettings(input: $i) { printTerms } }', { i: { terms: { fr: model.fr, en: model.en }, printTerms: true } });
  await client.gql('mutation($i: SalesTermsInput!) { setSalesTerms(input: $i) { onlinePayment } }', {
    i: {
      onlinePayment: true,
      preBooking: true,
      paymentWindowMinutes: 30,
      gdprOptIn: {
        text: { fr: 'J’accepte de recevoir de temps en temps les nouvelles et offres des Terrasses du Luberon. Je peux me désinscrire à tout moment.', en: 'I agree to receive news and offers from Les Terrasses du Luberon now and then. I may unsubscribe at any time.' },
        link: `${baseUrl}/demo#donnees-personnelles`,
      },
      privacy: {
        text: {
          fr: 'Vos coordonnées servent à traiter votre réservation et à vous contacter à son sujet. Elles sont conservées trois ans après votre séjour. Vous pouvez y accéder, les faire rectifier ou effacer en écrivant au propriétaire.',
          en: 'Your details are used to handle your booking and to contact you about it. They are kept for three years after your stay. You may see, correct or erase them by writing to the owner.',
        },
        link: `${baseUrl}/demo#donnees-personnelles`,
      },
    },
  });
  await client.gql('mutation { connectPaymentProvider(input: { provider: LOCAL }) { provider } }');
}
