/**
 * Ids are UUIDs chosen by the server. Anything else a client sends cannot name a thing, and
 * checking here keeps odd strings out of stream names and uuid columns.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);
