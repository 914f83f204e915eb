import { InvalidInput } from '../../../shared/kernel/errors';
import { department, departmentRank } from '../../../shared/kernel/french-geography';
import { requiredText, TEXT_LIMITS } from '../../../shared/kernel/text';

/**
 * A destination runs a marketplace listing the accommodations of many owners: a departmental
 * tourism agency ("agence départementale du tourisme") or a label network (Clévacances, a Gîtes de
 * France federation).
 */
export const DESTINATION_KINDS = ['TOURISM_AGENCY', 'LABEL_NETWORK'] as const;
export type DestinationKind = (typeof DESTINATION_KINDS)[number];

/** What a destination shows of itself: public, unlike its contact address and password. */
export interface DestinationProfile {
  readonly name: string;
  readonly kind: DestinationKind;
  /** The departments it covers, each once, in their official order. */
  readonly area: readonly string[];
  /** Its own marketplace site, where guests search and book. */
  readonly website: string;
}

export interface DestinationProfileInput {
  readonly name: string;
  readonly kind: string;
  readonly area: readonly string[];
  readonly website: string;
}

/** Fields are named under `prefix` (`input.area[2]`), so a form can point at the one at fault. */
export function parseDestinationProfile(prefix: string, input: DestinationProfileInput): DestinationProfile {
  return {
    name: requiredText(`${prefix}.name`, input.name, TEXT_LIMITS.name),
    kind: destinationKind(`${prefix}.kind`, input.kind),
    area: departments(`${prefix}.area`, input.area),
    website: httpsWebsite(`${prefix}.website`, input.website),
  };
}

function destinationKind(field: string, kind: string): DestinationKind {
  const found = DESTINATION_KINDS.find((known) => known === kind);
  if (!found) throw new InvalidInput(field, `must be one of ${DESTINATION_KINDS.join(', ')}`);
  return found;
}

/** Written as people write them ("2a", " 24 "), kept as the official codes, each once. */
export function departments(field: string, codes: readonly string[]): string[] {
  if (codes.length === 0) throw new InvalidInput(field, 'name at least one department, such as 24, 2A or 971');
  const area = new Set(codes.map((raw, i) => department(`${field}[${i}]`, raw)));
  return [...area].sort((a, b) => departmentRank(a) - departmentRank(b));
}

/** The destination's own site, opened by guests and owners: https only, with no credentials in it. */
export function httpsWebsite(field: string, value: string): string {
  const text = requiredText(field, value, TEXT_LIMITS.line);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InvalidInput(field, `"${text}" is not a web address; write it as https://www.example.fr`);
  }
  if (url.protocol !== 'https:') throw new InvalidInput(field, 'must be an https:// address');
  if (!url.hostname.includes('.')) throw new InvalidInput(field, 'must be a site on the web, such as https://www.example.fr');
  if (url.username !== '' || url.password !== '') throw new InvalidInput(field, 'must not hold a user name or password');
  return text;
}
