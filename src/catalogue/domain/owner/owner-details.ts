import { frenchPostalCode } from '../../../shared/kernel/french-geography';
import { optionalPhone } from '../../../shared/kernel/phone';
import { optionalText, requiredText, TEXT_LIMITS } from '../../../shared/kernel/text';
import { httpUrl } from '../../../shared/kernel/url';
import { isInFrance } from '../address/french-postal-address';

/** The owner's "coordonnées": shown to guests, in emails and in documents. */
export interface OwnerDetails {
  readonly company: string | null;
  readonly civility: string | null;
  readonly lastName: string;
  readonly firstName: string | null;
  readonly address: string | null;
  readonly postalCode: string | null;
  readonly city: string | null;
  readonly country: string | null;
  readonly phone1: string | null;
  readonly phone2: string | null;
  readonly fax: string | null;
  readonly website: string | null;
}

export type OwnerDetailsInput = { readonly [K in keyof OwnerDetails]?: string | null };

/** Validates every field once, naming the first one at fault with its path under `prefix`. */
export function parseOwnerDetails(prefix: string, input: OwnerDetailsInput): OwnerDetails {
  const at = (field: string) => `${prefix}.${field}`;
  const phone = (field: 'phone1' | 'phone2' | 'fax') => optionalPhone(at(field), input[field]);
  const website = httpUrl(at('website'), input.website, TEXT_LIMITS.line);
  const country = optionalText(at('country'), input.country, TEXT_LIMITS.name);
  const postalCode = optionalText(at('postalCode'), input.postalCode, TEXT_LIMITS.short);
  if (postalCode !== null && isInFrance(country)) frenchPostalCode(at('postalCode'), postalCode, { abroadHint: true });
  return {
    company: optionalText(at('company'), input.company, TEXT_LIMITS.name),
    civility: optionalText(at('civility'), input.civility, TEXT_LIMITS.short),
    lastName: requiredText(at('lastName'), input.lastName, TEXT_LIMITS.name),
    firstName: optionalText(at('firstName'), input.firstName, TEXT_LIMITS.name),
    address: optionalText(at('address'), input.address, TEXT_LIMITS.line),
    postalCode,
    city: optionalText(at('city'), input.city, TEXT_LIMITS.name),
    country,
    phone1: phone('phone1'),
    phone2: phone('phone2'),
    fax: phone('fax'),
    website,
  };
}

export function sameDetails(a: OwnerDetails, b: OwnerDetails): boolean {
  return (Object.keys(a) as (keyof OwnerDetails)[]).every((key) => a[key] === b[key]);
}
