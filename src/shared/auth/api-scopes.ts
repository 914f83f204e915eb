/**
 * What an integrator's API key may do, each granted by its owner when making the key. An owner's
 * own token may do everything; a key only what its scopes name, and only on operations marked
 * with `@RequiresScopes`. `guests:read` is what opens guests' personal data (names, emails,
 * phones): a key that reads bookings or plannings without it is refused or sees no guest.
 */
export const API_SCOPES = ['bookings:read', 'guests:read', 'availability:read', 'blocks:write', 'webhooks:manage'] as const;

export type ApiScope = (typeof API_SCOPES)[number];

/** Each scope's name in the GraphQL schema, whose enum values cannot hold a colon. */
export const API_SCOPE_GRAPHQL_NAMES: Readonly<Record<ApiScope, string>> = {
  'bookings:read': 'BOOKINGS_READ',
  'guests:read': 'GUESTS_READ',
  'availability:read': 'AVAILABILITY_READ',
  'blocks:write': 'BLOCKS_WRITE',
  'webhooks:manage': 'WEBHOOKS_MANAGE',
};

export const isApiScope = (value: string): value is ApiScope => (API_SCOPES as readonly string[]).includes(value);
