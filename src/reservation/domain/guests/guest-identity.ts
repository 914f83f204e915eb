import { nameBasedUuid } from '../../../shared/kernel/ids';
import { withoutAccents } from '../../../shared/kernel/text';
import type { Guest } from '../dossier/guest';

/**
 * Who a guest is across an owner's files, for the guest directory ("récupérer les informations
 * d'un client"), and how French back offices write their name.
 */

/**
 * Lower case, accents and punctuation gone: "Lefèvre-Dupré" and "lefevre dupre" read the same.
 * Not the kernel's `searchKey`: a guest search matches parts of names and email addresses, so
 * `@ . + _` stay, and a typed "st" is the start of "Stéphane", never "saint".
 */
export function foldText(text: string): string {
  return withoutAccents(text).replace(/[^\p{L}\p{N}@.+_]+/gu, ' ').trim();
}

/**
 * A phone number's digits in one national form: "+33 6 12 34 56 78", "0033 612345678" and
 * "06.12.34.56.78" are the same French mobile. Other countries keep their code after a "+". The
 * start of a number gives the start of its form, so a search may type part of one.
 */
export function phoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  const international = phone.trim().startsWith('+') ? digits : digits.startsWith('00') ? digits.slice(2) : null;
  if (international === null) return digits;
  // "+33 (0)6 …" is written too: the national 0 comes back once.
  return international.startsWith('33') ? `0${international.slice(2).replace(/^0/, '')}` : `+${international}`;
}

const firstPhone = (guest: Guest): string | null => guest.phone1 ?? guest.phone2 ?? guest.phone3;

/**
 * The same guest in two files: the same email address, whatever its case; without one, the same
 * name (and company) with the same first phone number. Names alone would merge strangers.
 */
export function guestKey(guest: Guest): string {
  if (guest.email !== null) return `email:${guest.email.trim().toLowerCase()}`;
  const phone = firstPhone(guest);
  return ['name', foldText(guest.lastName), foldText(guest.firstName ?? ''), foldText(guest.company ?? ''), phone === null ? '' : phoneDigits(phone)].join('|');
}

/** The directory's id of the guest of one owner: the same guest always gets the same id. */
export const guestIdOf = (ownerId: string, guest: Guest): string => nameBasedUuid(`guest-directory:${ownerId}:${guestKey(guest)}`);

/**
 * "DUPONT Marie": the last name in capitals, then the first name, as French back offices list
 * guests. A company's file leads with the company, its contact after it: "Les Tilleuls SARL
 * (DUPONT Marie)"; a company typed as the last name too is written once.
 */
export function backOfficeName(guest: Pick<Guest, 'lastName' | 'firstName' | 'company'>): string {
  const person = [guest.lastName.toLocaleUpperCase('fr-FR'), guest.firstName].filter((part) => part !== null && part !== '').join(' ');
  if (guest.company === null || guest.company === '') return person;
  return foldText(guest.company) === foldText(guest.lastName) && guest.firstName === null ? guest.company : `${guest.company} (${person})`;
}

/** Everything the directory's search looks in, folded: names, company, email, town, and phones as digits. */
export function guestSearchText(guest: Guest): string {
  const words = [guest.lastName, guest.firstName, guest.company, guest.email, guest.city, guest.postalCode].filter((part): part is string => part !== null).map(foldText);
  const phones = [guest.phone1, guest.phone2, guest.phone3].filter((p): p is string => p !== null).map(phoneDigits);
  return [...words, ...phones].join(' ');
}

/** What a typed search looks for: every word, in any order; or, typed as a phone number, its digits. */
export interface GuestSearch {
  readonly words: readonly string[];
  readonly phone: string | null;
}

/** The search typed, folded as `guestSearchText` is; null when nothing is left to look for. */
export function guestSearch(typed: string): GuestSearch | null {
  const words = [...new Set(foldText(typed).split(' ').filter((word) => word !== ''))];
  if (words.length === 0) return null;
  const phoneLike = /^[+0-9 ().-]+$/.test(typed.trim()) && typed.replace(/\D/g, '').length >= 3;
  return { words, phone: phoneLike ? phoneDigits(typed) : null };
}

/** Whether a guest's `guestSearchText` answers the search: what the directory's query asks of each entry. */
export const answersSearch = (text: string, search: GuestSearch): boolean =>
  search.words.every((word) => text.includes(word)) || (search.phone !== null && text.includes(search.phone));
