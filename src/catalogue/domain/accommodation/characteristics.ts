import { InvalidInput } from '../../../shared/kernel/errors';

/**
 * The fixed catalogue of what an accommodation offers, as the back-office shows it: things in
 * the unit (equipment), on the property (infrastructure), and services or house rules
 * (amenities). Codes are stored in events, so a code is never renamed or reused; labels may be.
 */
export const CHARACTERISTIC_GROUPS = ['EQUIPMENT', 'INFRASTRUCTURE', 'AMENITY'] as const;
export type CharacteristicGroup = (typeof CHARACTERISTIC_GROUPS)[number];

export interface Characteristic {
  readonly code: string;
  readonly group: CharacteristicGroup;
  readonly label: { readonly fr: string; readonly en: string };
}

const equipment = (code: string, fr: string, en: string): Characteristic => ({ code, group: 'EQUIPMENT', label: { fr, en } });
const infrastructure = (code: string, fr: string, en: string): Characteristic => ({ code, group: 'INFRASTRUCTURE', label: { fr, en } });
const amenity = (code: string, fr: string, en: string): Characteristic => ({ code, group: 'AMENITY', label: { fr, en } });

export const CHARACTERISTICS: readonly Characteristic[] = [
  equipment('WIFI', 'Wi-Fi', 'Wi-Fi'),
  equipment('TV', 'Télévision', 'Television'),
  equipment('HEATING', 'Chauffage', 'Heating'),
  equipment('AIR_CONDITIONING', 'Climatisation', 'Air conditioning'),
  equipment('FIREPLACE', 'Cheminée', 'Fireplace'),
  equipment('WOOD_STOVE', 'Poêle à bois', 'Wood stove'),
  equipment('DISHWASHER', 'Lave-vaisselle', 'Dishwasher'),
  equipment('WASHING_MACHINE', 'Lave-linge', 'Washing machine'),
  equipment('TUMBLE_DRYER', 'Sèche-linge', 'Tumble dryer'),
  equipment('OVEN', 'Four', 'Oven'),
  equipment('MICROWAVE', 'Micro-ondes', 'Microwave'),
  equipment('FREEZER', 'Congélateur', 'Freezer'),
  equipment('COFFEE_MACHINE', 'Cafetière', 'Coffee machine'),
  equipment('IRON', 'Fer à repasser', 'Iron'),
  equipment('HAIR_DRYER', 'Sèche-cheveux', 'Hair dryer'),
  equipment('BABY_COT', 'Lit bébé', 'Baby cot'),
  equipment('HIGH_CHAIR', 'Chaise haute', 'High chair'),
  equipment('DESK', 'Espace de travail', 'Workspace'),
  infrastructure('PARKING', 'Parking', 'Parking'),
  infrastructure('GARAGE', 'Garage', 'Garage'),
  infrastructure('GARDEN', 'Jardin', 'Garden'),
  infrastructure('TERRACE', 'Terrasse', 'Terrace'),
  infrastructure('BALCONY', 'Balcon', 'Balcony'),
  infrastructure('BARBECUE', 'Barbecue', 'Barbecue'),
  infrastructure('SWIMMING_POOL', 'Piscine', 'Swimming pool'),
  infrastructure('SPA', 'Spa ou jacuzzi', 'Spa or hot tub'),
  infrastructure('PLAYGROUND', 'Aire de jeux', 'Playground'),
  infrastructure('EV_CHARGER', 'Borne de recharge électrique', 'Electric vehicle charger'),
  infrastructure('BICYCLE_SHELTER', 'Local à vélos', 'Bicycle shelter'),
  infrastructure('LIFT', 'Ascenseur', 'Lift'),
  infrastructure('STEP_FREE_ACCESS', 'Accès de plain-pied', 'Step-free access'),
  amenity('PETS_ALLOWED', 'Animaux acceptés', 'Pets allowed'),
  amenity('SMOKING_ALLOWED', 'Fumeurs acceptés', 'Smoking allowed'),
  amenity('BED_LINEN_PROVIDED', 'Linge de lit fourni', 'Bed linen provided'),
  amenity('TOWELS_PROVIDED', 'Linge de toilette fourni', 'Towels provided'),
  amenity('FINAL_CLEANING_INCLUDED', 'Ménage de fin de séjour inclus', 'Final cleaning included'),
  amenity('BREAKFAST_INCLUDED', 'Petit-déjeuner inclus', 'Breakfast included'),
  amenity('SELF_CHECK_IN', 'Arrivée autonome', 'Self check-in'),
  amenity('HOLIDAY_VOUCHERS_ACCEPTED', 'Chèques-vacances acceptés', 'Holiday vouchers accepted'),
];

const BY_CODE = new Map(CHARACTERISTICS.map((c) => [c.code, c]));

export const characteristic = (code: string): Characteristic | undefined => BY_CODE.get(code);

/** Known codes only, each once, in catalogue order so that equal sets compare equal. */
export function parseCharacteristics(field: string, codes: readonly string[] | null | undefined): string[] {
  const chosen = new Set<string>();
  (codes ?? []).forEach((code, i) => {
    if (!BY_CODE.has(code)) throw new InvalidInput(`${field}[${i}]`, `"${code.slice(0, 40)}" is not a known characteristic`);
    chosen.add(code);
  });
  return CHARACTERISTICS.filter((c) => chosen.has(c.code)).map((c) => c.code);
}
