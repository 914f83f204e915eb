import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Inject } from '@nestjs/common';
import { EMAIL_ERASURE_POLICY, OUTBOX_READ_MODEL } from '../../communication/contracts';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { policyCheckpoint } from '../../event-store/following/follower';
import type { Position } from '../../event-store/position';
import { WaitForReadModels } from '../../event-store/projection/wait-for-read-models.query';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { EraseGuest, type GuestErasure } from '../application/guest-erasure';
import { GuestDataExporter } from '../application/guest-data-export';
import { GuestErasurePolicy } from '../application/guest-erasure.policy';
import { SetGuestRetention } from '../application/reservation-settings.handler';
import type { ReservationSettings } from '../domain/settings/reservation-settings.decider';
import { dossiersProjection } from '../infrastructure/dossier.projection';
import { guestDirectoryProjection } from '../infrastructure/guest-directory.projection';
import { notificationsProjection } from '../infrastructure/notifications.projection';
import { guestRetentionSettingsProjection } from '../infrastructure/guest-retention-setting.projection';
import { ReservationSettingsType, reservationSettingsType } from './dossier-terms.types';
import { GuestErasureType, GuestExportType } from './guest-privacy.types';

/**
 * A guest's rights over what the owner holds about them (RGPD): their data handed over, erased
 * on request, and erased anyway some years after their last stay. The owner's own session only,
 * never an API key: these are the owner's decisions.
 */
@Resolver()
export class GuestPrivacyResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly exporter: GuestDataExporter,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Query(() => GuestExportType, { description: 'Everything you hold about a guest of your directory (guests), as JSON; NOT_FOUND for anyone else’s' })
  exportGuest(@CurrentOwner() caller: AuthenticatedOwner, @Args('guestId', { type: () => ID }) guestId: string): Promise<GuestExportType> {
    return this.exporter.export(caller.ownerId, guestId);
  }

  @Mutation(() => GuestErasureType, {
    description:
      'Erases a guest of your directory from all your files, their emails and every event, for good; the files keep their stays and figures. CONFLICT (reason STAY_TO_COME or MONEY_OWED), erasing nothing, while a stay is to come or money is owed either way',
  })
  async eraseGuest(@CurrentOwner() caller: AuthenticatedOwner, @Args('guestId', { type: () => ID }) guestId: string): Promise<GuestErasureType> {
    const erasure: GuestErasure = await this.commands.execute(new EraseGuest(caller.ownerId, guestId));
    // The answer comes once the key is gone and the files, the directory and the outbox show it:
    // the policies first, then the emails' erasure they wrote, as the outbox and notifications show it.
    await this.queries.execute(
      new WaitForReadModels(erasure.position, [dossiersProjection.name, guestDirectoryProjection.name, policyCheckpoint(GuestErasurePolicy.NAME), policyCheckpoint(EMAIL_ERASURE_POLICY)]),
    );
    await this.queries.execute(new WaitForReadModels(await this.store.headPosition(), [OUTBOX_READ_MODEL, notificationsProjection.name]));
    return { guestId: erasure.guestId, dossierIds: erasure.dossierIds };
  }

  @Mutation(() => ReservationSettingsType, { description: 'Guests are anonymised this many years (1 to 10; 3 by default) after their last stay ended' })
  async setGuestRetention(@CurrentOwner() caller: AuthenticatedOwner, @Args('years', { type: () => Int }) years: number): Promise<ReservationSettingsType> {
    const { settings, position }: { settings: ReservationSettings; position: Position | null } = await this.commands.execute(new SetGuestRetention(caller.ownerId, years));
    await this.queries.execute(new WaitForReadModels(position, [guestRetentionSettingsProjection.name]));
    return reservationSettingsType(settings);
  }
}
