import { InvalidInput } from './errors';

/**
 * Every free text that reaches an event goes through here: trimmed, capped, and refused when a
 * required one is empty. The caps keep events and documents a sane size, whatever a client sends.
 */
export const TEXT_LIMITS = { short: 30, name: 100, line: 200, long: 5000 } as const;

export function requiredText(
  field: string,
  value: string | null | undefined,
  max: number,
  options: { multiline?: boolean } = {},
): string {
  const text = optionalText(field, value, max, options);
  if (text === null) throw new InvalidInput(field, 'is required and must not be empty');
  return text;
}

// C0 and C1 controls, DEL, and the bidirectional overrides that can disguise what a text says.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const LINE_BREAKS = /[\r\n\t]/;

/**
 * Line breaks are allowed only in multi-line texts (descriptions, notes): in a name they could
 * forge a header line of an email. Lengths count characters as people see them (code points).
 */
export function optionalText(
  field: string,
  value: string | null | undefined,
  max: number,
  options: { multiline?: boolean } = {},
): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  const length = [...text].length;
  if (length > max) throw new InvalidInput(field, `must be at most ${max} characters (got ${length})`);
  if (CONTROLS.test(text)) throw new InvalidInput(field, 'must not contain control characters');
  if (!options.multiline && LINE_BREAKS.test(text)) throw new InvalidInput(field, 'must fit on one line');
  return text === '' ? null : text;
}

/** Lower case without accents: "Lefèvre-DUPRÉ" is "lefevre-dupre". */
export const withoutAccents = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const ABBREVIATIONS: Readonly<Record<string, string>> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };

/**
 * A place name as it is compared, wherever one is matched (a commune searched for, a city checked
 * against its postal code): lower case, no accents, words split on anything but letters and
 * digits, "St"/"Ste" spelt out. "St-Rémy-de-Provence", "saint remy de provence" and La Poste's
 * "ST REMY DE PROVENCE" are one key.
 */
export function searchKey(text: string): string {
  return withoutAccents(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');
}
