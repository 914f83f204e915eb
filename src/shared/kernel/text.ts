import { InvalidInput } from './errors';

/**
 * Every free text that reaches an event goes through here: trimmed, capped, and refused when a
 * required one is empty. The caps keep events and documents a sane size, whatever a client sends.
 */
export const TEXT_LIMITS = { short: 30, name: 100, line: 200, long: 5000 } as const;

export function requiredText(field: string, value: string | null | undefined, max: number): string {
  const text = optionalText(field, value, max);
  if (text === null) throw new InvalidInput(field, 'is required and must not be empty');
  return text;
}

export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text.length > max) throw new InvalidInput(field, `must be at most ${max} characters (got ${text.length})`);
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text)) throw new InvalidInput(field, 'must not contain control characters');
  return text === '' ? null : text;
}
