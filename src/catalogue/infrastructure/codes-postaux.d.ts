// codes-postaux ships no types; this is the part of its API the commune directory uses.
declare module 'codes-postaux' {
  interface CodePostalEntry {
    readonly codePostal: string;
    readonly codeCommune: string;
    readonly nomCommune: string;
    readonly libelleAcheminement: string;
  }

  /** The communes of a postal code, in the list's order; an empty array for an unknown code. */
  export function find(postalCode: string): CodePostalEntry[];
}
