import { isDeepStrictEqual } from 'node:util';
import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { localizedText, type LocalizedText, type LocalizedTextInput } from '../../../shared/kernel/localized-text';
import { event, type Command, type Event } from '../../../shared/kernel/message';
import { optionalText, requiredText, TEXT_LIMITS } from '../../../shared/kernel/text';
import { parsePhotos, type Photo, type PhotoInput } from '../photos';

/**
 * Stream `establishment-<ownerId>`: the owner's place as a whole (the "structure"), presented
 * above its accommodations in documents and on the booking pages.
 */
export const establishmentStream = (ownerId: string) => `establishment-${ownerId}`;

export interface EstablishmentDetails {
  readonly name: string;
  readonly slogan: string | null;
  readonly description: LocalizedText;
  readonly photos: readonly Photo[];
}

export interface EstablishmentDetailsInput {
  readonly name: string;
  readonly slogan?: string | null;
  readonly description?: LocalizedTextInput | null;
  readonly photos?: readonly PhotoInput[] | null;
}

export function parseEstablishmentDetails(prefix: string, input: EstablishmentDetailsInput): EstablishmentDetails {
  return {
    name: requiredText(`${prefix}.name`, input.name, TEXT_LIMITS.name),
    slogan: optionalText(`${prefix}.slogan`, input.slogan, TEXT_LIMITS.line),
    description: localizedText(`${prefix}.description`, input.description, TEXT_LIMITS.long, { multiline: true }),
    photos: parsePhotos(`${prefix}.photos`, input.photos),
  };
}

export type EstablishmentEvent = Event<'EstablishmentDescribed', { ownerId: string; details: EstablishmentDetails }>;

export type EstablishmentCommand = Command<'DescribeEstablishment', { ownerId: string; details: EstablishmentDetails }>;

export interface Establishment {
  readonly details: EstablishmentDetails | null;
}

export function decide(command: EstablishmentCommand, state: Establishment): EstablishmentEvent[] {
  switch (command.type) {
    case 'DescribeEstablishment':
      // Key order is not kept by every event store (jsonb sorts keys), so compare by value.
      return isDeepStrictEqual(state.details, command.data.details) ? [] : [event('EstablishmentDescribed', command.data)];
    default:
      return assertNever(command.type);
  }
}

export function evolve(_: Establishment, e: EstablishmentEvent): Establishment {
  switch (e.type) {
    case 'EstablishmentDescribed':
      return { details: e.data.details };
    default:
      return assertNever(e.type);
  }
}

export const establishmentDecider: Decider<EstablishmentCommand, EstablishmentEvent, Establishment> = {
  decide,
  evolve,
  initialState: () => ({ details: null }),
};
