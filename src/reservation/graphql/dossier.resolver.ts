import { CommandBus, QueryBus, type Command } from '@nestjs/cqrs';
import { Args, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { WaitForReadModels } from '../../event-store/projection/wait-for-read-models.query';
import { PROMO_CODES_READ_MODEL } from '../../tarification/contracts';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { RequiresScopes } from '../../shared/auth/requires-scopes.decorator';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { OccupantsInput } from '../../shared/graphql/occupants.input';
import { CreateDossier, type DossierChange } from '../application/create-dossier.handler';
import { ChangeDossier } from '../application/dossier-lifecycle.handler';
import { AddStayToDossier, ChangeDossierOccupants, ChangeDossierStay } from '../application/dossier-stays.handler';
import {
  DepositReminders,
  DossiersOnDay,
  GetDossier,
  GetDossierAsOf,
  GetDossierHistory,
  ListDossiers,
  type HistoryEntry,
} from '../infrastructure/dossier.queries';
import type { DossierDocument } from '../infrastructure/dossier-document';
import { RecordPayment } from '../application/record-payment.handler';
import type { DossierOrder, DossierPage } from '../infrastructure/dossier-listing';
import { MarkNotificationsSeen } from '../infrastructure/notifications.queries';
import { answerDossier, DOSSIER_READ_MODELS } from './dossier-answer';
import { CancellingPartyEnum } from './cancellation.types';
import type { CancellingParty } from '../domain/dossier/dossier';
import {
  CreateDossierInput,
  DossierConnectionType,
  DossierFilterInput,
  DossierHistoryEntryType,
  DossierOrderEnum,
  dossierType,
  DossierType,
  GuestInput,
  historyEntryType,
  PaymentInput,
  StayInput,
} from './dossier.types';

/** What an API key needs to read files: they show their guests. */
const FILE_READ = ['bookings:read', 'guests:read'] as const;

const stayRequest = (input: StayInput) => ({ ...input, optionalSupplementIds: input.optionalSupplementIds ?? [] });

@Resolver(() => DossierType)
export class DossierResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @RequiresScopes(...FILE_READ)
  @Query(() => DossierType, { nullable: true, description: 'One of your booking files; null when there is none with that id' })
  async dossier(@CurrentOwner() caller: AuthenticatedOwner, @Args('id', { type: () => ID }) id: string): Promise<DossierType | null> {
    // The owner reading the file has seen what their notifications said of it; an integrator's key reading it has not.
    const [view]: [DossierDocument | null, unknown] = await Promise.all([
      this.queries.execute(new GetDossier(caller.ownerId, id)),
      caller.apiKey === undefined ? this.commands.execute(new MarkNotificationsSeen(caller.ownerId, { dossierId: id })) : null,
    ]);
    return view && dossierType(view);
  }

  @RequiresScopes(...FILE_READ)
  @Query(() => DossierConnectionType, { description: 'Your booking files by first arrival, then number, or in the order asked; every filter combines' })
  async dossiers(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('filter', { type: () => DossierFilterInput, nullable: true }) filter: DossierFilterInput | null,
    @Args('first', { type: () => Int, nullable: true, description: '50 by default, at most 500' }) first: number | null,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of a page listed in the same order' }) after: string | null,
    @Args('orderBy', { type: () => DossierOrderEnum, nullable: true, description: 'ARRIVAL unless said' }) orderBy: DossierOrder | null,
  ): Promise<DossierConnectionType> {
    const page: DossierPage = await this.queries.execute(new ListDossiers(caller.ownerId, filter ?? {}, first ?? null, after ?? null, orderBy ?? 'ARRIVAL'));
    return { nodes: page.files.map(dossierType), pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage }, totalCount: page.totalCount };
  }

  @RequiresScopes(...FILE_READ)
  @Query(() => [DossierType], { description: 'Files with a stay arriving that day, or from that day to `to` (included, at most 93 days), by day then number; cancelled ones left out' })
  arrivals(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('date', { type: () => DateScalar }) date: string,
    @Args('to', { type: () => DateScalar, nullable: true, description: 'The last day listed' }) to: string | null,
  ): Promise<DossierType[]> {
    return this.onDay(caller.ownerId, date, 'ARRIVAL', to ?? null);
  }

  @RequiresScopes(...FILE_READ)
  @Query(() => [DossierType], { description: 'Files with a stay leaving that day, or from that day to `to` (included, at most 93 days), by day then number; cancelled ones left out' })
  departures(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('date', { type: () => DateScalar }) date: string,
    @Args('to', { type: () => DateScalar, nullable: true, description: 'The last day listed' }) to: string | null,
  ): Promise<DossierType[]> {
    return this.onDay(caller.ownerId, date, 'DEPARTURE', to ?? null);
  }

  @RequiresScopes(...FILE_READ)
  @Query(() => [DossierType], { description: 'Options whose deposit was due before today (Paris time): whom to remind' })
  async depositReminders(@CurrentOwner() caller: AuthenticatedOwner): Promise<DossierType[]> {
    const views: DossierDocument[] = await this.queries.execute(new DepositReminders(caller.ownerId));
    return views.map(dossierType);
  }

  @RequiresScopes(...FILE_READ)
  @Query(() => [DossierHistoryEntryType], { description: 'Every event of the file and of its payments, oldest first, with who and when' })
  async dossierHistory(@CurrentOwner() caller: AuthenticatedOwner, @Args('id', { type: () => ID }) id: string): Promise<DossierHistoryEntryType[]> {
    const entries: HistoryEntry[] = await this.queries.execute(new GetDossierHistory(caller.ownerId, id));
    return entries.map(historyEntryType);
  }

  @RequiresScopes(...FILE_READ)
  @Query(() => DossierType, { nullable: true, description: 'The file rebuilt from its events as it stood at that instant; null before it was opened' })
  async dossierAsOf(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('id', { type: () => ID }) id: string,
    @Args('at', { type: () => GraphQLISODateTime }) at: Date,
  ): Promise<DossierType | null> {
    const view: DossierDocument | null = await this.queries.execute(new GetDossierAsOf(caller.ownerId, id, at));
    return view && dossierType(view);
  }

  @Mutation(() => DossierType, { description: 'Holds the nights and opens an option; UNAVAILABLE, leaving nothing behind, when a night is taken' })
  createDossier(@CurrentOwner() caller: AuthenticatedOwner, @Args('input', { type: () => CreateDossierInput }) input: CreateDossierInput): Promise<DossierType> {
    // A single-use code it consumed must show as used to the very next quote.
    return this.answer(caller, new CreateDossier(caller.ownerId, { ...input, ...stayRequest(input) }), input.promoCode ? [PROMO_CODES_READ_MODEL] : []);
  }

  @Mutation(() => DossierType, { description: 'Adds another accommodation’s stay to the file: both holds stand, or the new one is refused' })
  addStayToDossier(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => StayInput }) input: StayInput,
  ): Promise<DossierType> {
    return this.answer(caller, new AddStayToDossier(caller.ownerId, id, stayRequest(input)));
  }

  @Mutation(() => DossierType, { description: 'Moves the file’s stays (or the one in accommodationId) to new dates, keeping the old nights until the new are held; re-priced unless the price was set by hand' })
  changeDossierStay(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('id', { type: () => ID }) id: string,
    @Args('arrival', { type: () => DateScalar }) arrival: string,
    @Args('departure', { type: () => DateScalar }) departure: string,
    @Args('accommodationId', { type: () => ID, nullable: true }) accommodationId: string | null,
  ): Promise<DossierType> {
    return this.answer(caller, new ChangeDossierStay(caller.ownerId, id, arrival, departure, accommodationId ?? null));
  }

  @Mutation(() => DossierType, { description: 'New occupants for the stay (name accommodationId when the file has several), re-priced' })
  changeDossierOccupants(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('id', { type: () => ID }) id: string,
    @Args('occupants', { type: () => [OccupantsInput] }) occupants: OccupantsInput[],
    @Args('accommodationId', { type: () => ID, nullable: true }) accommodationId: string | null,
  ): Promise<DossierType> {
    return this.answer(caller, new ChangeDossierOccupants(caller.ownerId, id, occupants, accommodationId ?? null));
  }

  @Mutation(() => DossierType, { description: 'Confirms an option by hand' })
  confirmDossier(@CurrentOwner() caller: AuthenticatedOwner, @Args('id', { type: () => ID }) id: string): Promise<DossierType> {
    return this.answer(caller, new ChangeDossier(caller.ownerId, id, { type: 'ConfirmDossier' }));
  }

  @Mutation(() => DossierType, {
    description:
      'Cancels the file and frees its nights at once; the file is kept. Say who gives up the stay (`by`) and the file shows what the deposit’s law makes of the money (cancellationSettlement). Add cancellation fees with addGlobalSupplement',
  })
  cancelDossier(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @Args('by', { type: () => CancellingPartyEnum, nullable: true, description: 'GUEST or OWNER; unsaid, the file shows no settlement' }) by: CancellingParty | null,
  ): Promise<DossierType> {
    return this.answer(caller, new ChangeDossier(caller.ownerId, id, { type: 'CancelDossier', reason: reason ?? null, by: by ?? null }));
  }

  @Mutation(() => Boolean, { description: 'Removes the file from every list and frees its nights; its events stay for audit' })
  async deleteDossier(@CurrentOwner() caller: AuthenticatedOwner, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    const change: DossierChange = await this.commands.execute(new ChangeDossier(caller.ownerId, id, { type: 'DeleteDossier' }));
    await this.queries.execute(new WaitForReadModels(change.position, DOSSIER_READ_MODELS));
    return true;
  }

  @Mutation(() => DossierType, { description: 'A free line on the whole file, such as cancellation fees; negative for a reduction' })
  addGlobalSupplement(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('id', { type: () => ID }) id: string,
    @Args('label', { type: () => String }) label: string,
    @Args('cents', { type: () => Int }) cents: number,
  ): Promise<DossierType> {
    return this.answer(caller, new ChangeDossier(caller.ownerId, id, { type: 'AddGlobalSupplement', label, cents }));
  }

  @Mutation(() => DossierType, { description: 'A note left out is kept; null clears it' })
  setDossierNotes(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('id', { type: () => ID }) id: string,
    @Args('note', { type: () => String, nullable: true }) note: string | null | undefined,
    @Args('internalNote', { type: () => String, nullable: true }) internalNote: string | null | undefined,
  ): Promise<DossierType> {
    return this.answer(caller, new ChangeDossier(caller.ownerId, id, { type: 'SetDossierNotes', note, internalNote }));
  }

  @Mutation(() => DossierType, { description: 'Corrects who the file is for, cancelled or not: the guest given replaces the one before as a whole, so a field left out is cleared' })
  changeDossierGuest(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('id', { type: () => ID }) id: string,
    @Args('guest', { type: () => GuestInput }) guest: GuestInput,
  ): Promise<DossierType> {
    return this.answer(caller, new ChangeDossier(caller.ownerId, id, { type: 'ChangeGuest', guest }));
  }

  @Mutation(() => DossierType, { description: 'The signed contract came back' })
  markContractSigned(@CurrentOwner() caller: AuthenticatedOwner, @Args('id', { type: () => ID }) id: string): Promise<DossierType> {
    return this.answer(caller, new ChangeDossier(caller.ownerId, id, { type: 'MarkContractSigned' }));
  }

  @Mutation(() => DossierType, { description: 'Records a payment (negative: a refund, with its reason in the note); the file moves to CONFIRMED, then PAID when payments cover the total' })
  recordPayment(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('dossierId', { type: () => ID }) dossierId: string,
    @Args('input', { type: () => PaymentInput }) input: PaymentInput,
  ): Promise<DossierType> {
    return this.answer(caller, new RecordPayment({ ownerId: caller.ownerId, dossierId, date: input.date, method: input.method, cents: input.cents, note: input.note ?? null }));
  }

  private answer(caller: AuthenticatedOwner, change: Command<DossierChange>, alsoWaitFor: readonly string[] = []): Promise<DossierType> {
    return answerDossier(this.commands, this.queries, caller.ownerId, change, alsoWaitFor);
  }

  private async onDay(ownerId: string, date: string, moment: 'ARRIVAL' | 'DEPARTURE', to: string | null): Promise<DossierType[]> {
    const views: DossierDocument[] = await this.queries.execute(new DossiersOnDay(ownerId, date, moment, to));
    return views.map(dossierType);
  }
}
