import { assertCommuneOf, frenchPostalAddress, type PostalAddressFields } from '../domain/address/french-postal-address';
import type { CommuneDirectory } from './ports';

/**
 * Refuses a French postal code the official list does not hold, or a city that is none of its
 * communes; an address abroad, or without a postal code, is left as typed. Its form was checked
 * with the rest of the input.
 */
export async function assertOfficialPostalAddress(directory: CommuneDirectory, prefix: string, address: PostalAddressFields): Promise<void> {
  const french = frenchPostalAddress(address);
  if (french) assertCommuneOf(prefix, french, await directory.communesOf(french.postalCode));
}
