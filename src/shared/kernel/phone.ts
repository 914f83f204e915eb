import { InvalidInput } from './errors';
import { optionalText, TEXT_LIMITS } from './text';

const PHONE = /^[+0-9 ().-]{4,30}$/;

/** A phone or fax number as people write it: digits with the usual separators, or nothing. */
export function optionalPhone(field: string, value: string | null | undefined): string | null {
  const phone = optionalText(field, value, TEXT_LIMITS.short);
  if (phone !== null && !PHONE.test(phone)) throw new InvalidInput(field, 'may contain only digits, spaces, +, (, ), . and -');
  return phone;
}
