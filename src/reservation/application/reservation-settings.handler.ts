import { Inject } from '@nestjs/common';
import { Command, CommandHandler, Query, QueryHandler, type ICommandHandler, type IQueryHandler } from '@nestjs/cqrs';
import { handleCommand, loadState, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { command } from '../../shared/kernel/message';
import { reservationSettingsDecider, reservationSettingsStream, type ReservationSettings } from '../domain/settings/reservation-settings.decider';

/** Null or 0 keeps unpaid options until the owner decides; 1 to 60 releases them that many days after their due date. */
export class SetUnpaidOptionRelease extends Command<{ settings: ReservationSettings; position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly afterDays: number | null,
  ) {
    super();
  }
}

/** 1 to 10: guests are anonymised that many years after their last stay. */
export class SetGuestRetention extends Command<{ settings: ReservationSettings; position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly years: number,
  ) {
    super();
  }
}

/** The caller's settings, read from their own stream: a setting just saved shows at once. */
export class GetReservationSettings extends Query<ReservationSettings> {
  constructor(readonly ownerId: string) {
    super();
  }
}

@CommandHandler(SetUnpaidOptionRelease)
export class SetUnpaidOptionReleaseHandler implements ICommandHandler<SetUnpaidOptionRelease> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId, afterDays }: SetUnpaidOptionRelease): Promise<{ settings: ReservationSettings; position: Position | null }> {
    const context = newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now());
    const outcome = await handleCommand(this.store, reservationSettingsStream(ownerId), reservationSettingsDecider, command('SetUnpaidOptionRelease', { ownerId, afterDays }), context);
    return { settings: outcome.state, position: outcome.position };
  }
}

@CommandHandler(SetGuestRetention)
export class SetGuestRetentionHandler implements ICommandHandler<SetGuestRetention> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId, years }: SetGuestRetention): Promise<{ settings: ReservationSettings; position: Position | null }> {
    const context = newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now());
    const outcome = await handleCommand(this.store, reservationSettingsStream(ownerId), reservationSettingsDecider, command('SetGuestRetention', { ownerId, years }), context);
    return { settings: outcome.state, position: outcome.position };
  }
}

@QueryHandler(GetReservationSettings)
export class GetReservationSettingsHandler implements IQueryHandler<GetReservationSettings> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ ownerId }: GetReservationSettings): Promise<ReservationSettings> {
    return loadState(this.store, reservationSettingsStream(ownerId), reservationSettingsDecider);
  }
}
