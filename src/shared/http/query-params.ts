import { InvalidInput } from '../kernel/errors';

/** Express hands a repeated parameter over as an array, and `a[b]=c` as an object. */
export function single(name: string, value: unknown): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw new InvalidInput(name, 'must be given once');
}

export function required(name: string, value: unknown): string {
  const text = single(name, value)?.trim();
  if (!text) throw new InvalidInput(name, 'is required');
  return text;
}

/** A parameter given once, or null when absent or empty. */
export function optional(name: string, value: unknown): string | null {
  const text = single(name, value)?.trim();
  return text ? text : null;
}

/** `status=OPTION,CONFIRMED`, or the parameter repeated; null when absent. */
export function commaList(name: string, value: unknown): string[] | null {
  if (value === undefined) return null;
  const lists = Array.isArray(value) ? value : [value];
  if (!lists.every((entry): entry is string => typeof entry === 'string')) throw new InvalidInput(name, 'must be values separated by commas');
  return lists.flatMap((entries) => entries.split(',')).map((entry) => entry.trim().toUpperCase()).filter(Boolean);
}
