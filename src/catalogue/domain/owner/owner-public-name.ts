/** The name an owner shows guests and destinations: their company, else their first and last names. */
export function ownerPublicName(owner: { readonly company: string | null; readonly firstName: string | null; readonly lastName: string | null }): string {
  return owner.company ?? [owner.firstName, owner.lastName].filter(Boolean).join(' ');
}
