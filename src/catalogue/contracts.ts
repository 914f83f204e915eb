/**
 * Catalogue's public face: the only file another context may import. Owner accounts publish no
 * events for others yet; accommodations, supplements and age ranges will (issue 3).
 */
export type { OwnerEvent } from './domain/owner/owner.decider';
