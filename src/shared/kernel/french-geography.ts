import { InvalidInput } from './errors';

/**
 * The codes of the French departments, in their official order: 01 to 95 with Corsica as 2A and
 * 2B (there is no 20 since 1976), then the five overseas departments (971 Guadeloupe, 972
 * Martinique, 973 Guyane, 974 La Réunion, 976 Mayotte). Overseas collectivities (975, 977, …) are
 * not departments.
 */
export const FRENCH_DEPARTMENTS: readonly string[] = [
  ...range(1, 19),
  '2A',
  '2B',
  ...range(21, 95),
  '971',
  '972',
  '973',
  '974',
  '976',
];

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i).padStart(2, '0'));
}

const DEPARTMENT_RANK = new Map(FRENCH_DEPARTMENTS.map((code, rank) => [code, rank]));

/** Where a department comes in the official order, for sorting a list of them. */
export const departmentRank = (code: string): number => DEPARTMENT_RANK.get(code) ?? 0;

/** One department's official code, from the code as typed ("2a", " 24 "). */
export function department(field: string, raw: string): string {
  const code = raw.trim().toUpperCase();
  if (!DEPARTMENT_RANK.has(code)) throw new InvalidInput(field, `"${raw}" is not a French department code (01 to 95, 2A and 2B for Corsica, 971 to 974 and 976 overseas)`);
  return code;
}

// Each refusal's `reason` names it for a form that words it in its own language.
export class MalformedPostalCode extends InvalidInput {
  override readonly reason = 'POSTAL_CODE_MALFORMED';

  constructor(field: string, postalCode: string, abroadHint: boolean) {
    super(field, `a French postal code is 5 digits, such as 84220 (got "${postalCode}")${abroadHint ? '; for an address abroad, give its country' : ''}`);
  }
}

const FRENCH_POSTAL_CODE = /^\d{5}$/;

/** A French postal code's form, checked where it is typed; whether it exists is a question for the official list. */
export function frenchPostalCode(field: string, postalCode: string, options: { abroadHint?: boolean } = {}): string {
  if (!FRENCH_POSTAL_CODE.test(postalCode)) throw new MalformedPostalCode(field, postalCode, options.abroadHint ?? false);
  return postalCode;
}

/**
 * A French department's code from a postal code: its first two digits, three overseas (971…976),
 * and Corsica split at 20200 (2A Corse-du-Sud below, 2B Haute-Corse from it). Null for anything
 * that is not a French postal code. A few postal codes straddle two departments; they read as the
 * department of their first digits, as La Poste assigns them.
 */
export function departmentOfPostalCode(postalCode: string | null): string | null {
  if (postalCode === null || !FRENCH_POSTAL_CODE.test(postalCode)) return null;
  if (postalCode.startsWith('20')) return Number(postalCode) < 20200 ? '2A' : '2B';
  if (postalCode.startsWith('97') || postalCode.startsWith('98')) return postalCode.slice(0, 3);
  return postalCode.slice(0, 2);
}

export class MalformedInseeCode extends InvalidInput {
  override readonly reason = 'INSEE_CODE_MALFORMED';

  constructor(field: string, code: string) {
    super(field, `a commune's INSEE code is 5 characters such as 84050, 2A004 in Corsica or 97411 overseas (got "${code}")`);
  }
}

/**
 * A commune's code in INSEE's official geographic code: its department's code, then the
 * commune's rank in it. Mainland departments 01–95 (no 20 since Corsica became 2A and 2B) take 3
 * more digits, the overseas departments 971 to 974 and 976 take 2. Overseas collectivities (975
 * Saint-Pierre-et-Miquelon, 977, 978…) have codes of their own and are left out, as they are of
 * `FRENCH_DEPARTMENTS`. Whether the commune exists is a question for the official list.
 */
const INSEE_CODE = /^(?:(?:0[1-9]|1\d|2[1-9]|[3-8]\d|9[0-5])\d{3}|2[AB]\d{3}|97[1-46]\d{2})$/;

/** Whether `code`, as it is (upper-case, no spaces), has the form of a commune's INSEE code. */
export const isInseeCode = (code: string): boolean => INSEE_CODE.test(code);

/** A commune's INSEE code from the code as typed (" 2a004 "), or MalformedInseeCode naming `field`. */
export function inseeCode(field: string, raw: string): string {
  const code = raw.trim().toUpperCase();
  if (!isInseeCode(code)) throw new MalformedInseeCode(field, raw);
  return code;
}
