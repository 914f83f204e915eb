import { parseEmail } from '../../../shared/kernel/email';
import { optionalPhone } from '../../../shared/kernel/phone';
import { optionalText, requiredText, TEXT_LIMITS } from '../../../shared/kernel/text';

/** Who the booking file is for, as the owner or the guest gave it. */
export interface Guest {
  readonly company: string | null;
  readonly civility: string | null;
  readonly lastName: string;
  readonly firstName: string | null;
  readonly address: string | null;
  readonly addressLine2: string | null;
  readonly postalCode: string | null;
  readonly city: string | null;
  readonly country: string | null;
  readonly phone1: string | null;
  readonly phone2: string | null;
  readonly phone3: string | null;
  readonly fax: string | null;
  /** Null for a booking taken by phone from someone with no email. */
  readonly email: string | null;
}

export type GuestInput = { readonly [K in keyof Guest]?: string | null };

/** Validates every field, naming the first one at fault under `prefix`. */
export function parseGuest(prefix: string, input: GuestInput): Guest {
  const at = (field: keyof Guest) => `${prefix}.${field}`;
  const text = (field: keyof Guest, max: number) => optionalText(at(field), input[field], max);
  const phone = (field: 'phone1' | 'phone2' | 'phone3' | 'fax') => optionalPhone(at(field), input[field]);
  const email = optionalText(at('email'), input.email, 254);
  return {
    company: text('company', TEXT_LIMITS.name),
    civility: text('civility', TEXT_LIMITS.short),
    lastName: requiredText(at('lastName'), input.lastName, TEXT_LIMITS.name),
    firstName: text('firstName', TEXT_LIMITS.name),
    address: text('address', TEXT_LIMITS.line),
    addressLine2: text('addressLine2', TEXT_LIMITS.line),
    postalCode: text('postalCode', TEXT_LIMITS.short),
    city: text('city', TEXT_LIMITS.name),
    country: text('country', TEXT_LIMITS.name),
    phone1: phone('phone1'),
    phone2: phone('phone2'),
    phone3: phone('phone3'),
    fax: phone('fax'),
    email: email === null ? null : parseEmail(at('email'), email).address,
  };
}

/** "Martin Claire" reads badly; the planning shows "Claire Martin". */
export const guestName = (guest: Guest): string => (guest.firstName ? `${guest.firstName} ${guest.lastName}` : guest.lastName);
