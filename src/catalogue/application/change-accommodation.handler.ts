import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { assertNever } from '../../shared/kernel/assert-never';
import { localDayAndHour, type CalendarDate } from '../../shared/kernel/calendar-date';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { isUuid } from '../../shared/kernel/ids';
import { command } from '../../shared/kernel/message';
import { parseAccommodationDetails, type AccommodationDetailsInput } from '../domain/accommodation/accommodation-details';
import { accommodationDecider, accommodationStream, type AccommodationCommand, type Visibility } from '../domain/accommodation/accommodation.decider';
import { AccommodationNotFound } from '../domain/accommodation/accommodation.errors';
import { parseAccommodationRegistration, type AccommodationRegistrationInput } from '../domain/accommodation/registration';
import { COMMUNE_DIRECTORY, type CommuneDirectory } from './ports';
import { assertOfficialPostalAddress } from './postal-address-check';

export type AccommodationChange =
  | { readonly kind: 'update'; readonly input: AccommodationDetailsInput }
  | { readonly kind: 'visibility'; readonly visibility: Visibility }
  | { readonly kind: 'registration'; readonly input: AccommodationRegistrationInput }
  | { readonly kind: 'archive' }
  | { readonly kind: 'restore' };

/**
 * The French department whose day starts first (La Réunion, UTC+4): a classement decided today
 * anywhere in France is not refused as decided in the future, wherever the accommodation is.
 */
const EARLIEST_FRENCH_ZONE = 'Indian/Reunion';

/** Every change to an existing accommodation: the decider checks it is the caller's. */
export class ChangeAccommodation extends Command<{ position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly accommodationId: string,
    readonly change: AccommodationChange,
  ) {
    super();
  }
}

@CommandHandler(ChangeAccommodation)
export class ChangeAccommodationHandler implements ICommandHandler<ChangeAccommodation> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(COMMUNE_DIRECTORY) private readonly communes: CommuneDirectory,
  ) {}

  async execute({ ownerId, accommodationId, change }: ChangeAccommodation): Promise<{ position: Position | null }> {
    if (!isUuid(accommodationId)) throw new AccommodationNotFound(accommodationId, 'id');
    const today = localDayAndHour(this.clock.now(), EARLIEST_FRENCH_ZONE).date;
    const decided = toCommand(ownerId, accommodationId, change, today);
    if (decided.type === 'UpdateAccommodation') await assertOfficialPostalAddress(this.communes, 'input', decided.data.details);
    const context = newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now());
    const outcome = await handleCommand(this.store, accommodationStream(accommodationId), accommodationDecider, decided, context);
    return { position: outcome.position };
  }
}

function toCommand(ownerId: string, accommodationId: string, change: AccommodationChange, today: CalendarDate): AccommodationCommand {
  switch (change.kind) {
    case 'update':
      return command('UpdateAccommodation', { accommodationId, ownerId, details: parseAccommodationDetails('input', change.input) });
    case 'visibility':
      return command('SetAccommodationVisibility', { accommodationId, ownerId, visibility: change.visibility });
    case 'registration':
      return command('SetAccommodationRegistration', { accommodationId, ownerId, registration: parseAccommodationRegistration('input', change.input, today) });
    case 'archive':
      return command('ArchiveAccommodation', { accommodationId, ownerId });
    case 'restore':
      return command('RestoreAccommodation', { accommodationId, ownerId });
    default:
      return assertNever(change);
  }
}
