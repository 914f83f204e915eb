import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DestinationOperation, type AuthenticatedDestination } from '../../shared/auth/authenticated-destination';
import { CurrentDestination, type AuthenticatedRequest } from '../../shared/auth/authenticated-owner';
import { clientAddressOf } from '../../shared/auth/client-address';
import { Public } from '../../shared/auth/public.decorator';
import { pageCost, ROW_COST } from '../../shared/graphql/query-cost.plugin';
import { ChangeDestinationEmail } from '../application/change-destination-email.handler';
import { ChangeDestinationPassword } from '../application/change-destination-password.handler';
import { LogInDestination } from '../application/log-in-destination.handler';
import { SignUpDestination } from '../application/sign-up-destination.handler';
import {
  DEFAULT_MEMBER_PAGE,
  GetDestinationAccount,
  GetPublicDestination,
  ListDestinationMembers,
  ListPublicDestinations,
  MAX_DESTINATIONS_LISTED,
  MAX_MEMBER_PAGE,
  type DestinationMemberPage,
  type PublicDestination,
} from '../infrastructure/destination.queries';
import type { DestinationRow } from '../infrastructure/destination.row';
import {
  DestinationAccountType,
  destinationAccountType,
  DestinationAuthPayloadType,
  DestinationMemberConnectionType,
  destinationMemberConnection,
  DestinationSignUpInput,
  PublicDestinationType,
  publicDestinationType,
} from './destination.types';

/** Destinations' own accounts, and what anyone may read of them. */
@Resolver(() => DestinationAccountType)
export class DestinationResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Public()
  @Mutation(() => DestinationAuthPayloadType, { description: 'Opens a destination’s account (a tourism agency, a label network) and logs it in with a destination’s token' })
  async signUpDestination(@Args('input') input: DestinationSignUpInput, @Context('req') req: AuthenticatedRequest): Promise<DestinationAuthPayloadType> {
    const { destinationId, position, token } = await this.commands.execute(new SignUpDestination(input, clientAddressOf(req)));
    const row: DestinationRow = await this.queries.execute(new GetDestinationAccount(destinationId, position));
    return { token, destination: destinationAccountType(row) };
  }

  @Public()
  @Mutation(() => DestinationAuthPayloadType, { description: 'A destination logs in; throttled as an owner’s log-in' })
  async logInDestination(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context('req') req: AuthenticatedRequest,
  ): Promise<DestinationAuthPayloadType> {
    const { destinationId, token } = await this.commands.execute(new LogInDestination(email, password, clientAddressOf(req)));
    const row: DestinationRow = await this.queries.execute(new GetDestinationAccount(destinationId));
    return { token, destination: destinationAccountType(row) };
  }

  @Public()
  @Query(() => PublicDestinationType, { nullable: true, description: 'A destination’s public profile; null when unknown' })
  async destination(@Args('id', { type: () => ID }) id: string): Promise<PublicDestinationType | null> {
    const found: PublicDestination | null = await this.queries.execute(new GetPublicDestination(id));
    return found && publicDestinationType(found);
  }

  @Public()
  @Query(() => [PublicDestinationType], {
    description: `Destinations an owner may join, by name, at most ${MAX_DESTINATIONS_LISTED}; with \`department\`, only those covering it`,
    complexity: ({ childComplexity }) => MAX_DESTINATIONS_LISTED * (ROW_COST + childComplexity),
  })
  async destinations(
    @Args('department', { type: () => String, nullable: true, description: 'A French department code ("24", "2A", "971")' }) department: string | null,
  ): Promise<PublicDestinationType[]> {
    const found: PublicDestination[] = await this.queries.execute(new ListPublicDestinations(department ?? null));
    return found.map(publicDestinationType);
  }

  @DestinationOperation()
  @Query(() => DestinationAccountType, { description: 'The destination the bearer token belongs to (a destination’s token only), with the owners listing with it' })
  async myDestination(@CurrentDestination() caller: AuthenticatedDestination): Promise<DestinationAccountType> {
    const row: DestinationRow = await this.queries.execute(new GetDestinationAccount(caller.destinationId));
    return destinationAccountType(row);
  }

  // Both answer once the destinations read model shows the change: by then every earlier token is refused.
  @DestinationOperation()
  @Mutation(() => Boolean, {
    description: 'A destination’s token only. Needs the current password, throttled as an owner’s; ends every session of the destination, this one included: log in again',
  })
  async changeDestinationPassword(
    @CurrentDestination() caller: AuthenticatedDestination,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @Context('req') req: AuthenticatedRequest,
  ): Promise<boolean> {
    const { position } = await this.commands.execute(new ChangeDestinationPassword(caller.destinationId, currentPassword, newPassword, clientAddressOf(req)));
    await this.queries.execute(new GetDestinationAccount(caller.destinationId, position));
    return true;
  }

  @DestinationOperation()
  @Mutation(() => DestinationAccountType, {
    description:
      'A destination’s token only. Needs the current password; the new address must not be another destination’s. Ends every session of the destination, this one included: log in again',
  })
  async changeDestinationEmail(
    @CurrentDestination() caller: AuthenticatedDestination,
    @Args('currentPassword') currentPassword: string,
    @Args('newEmail') newEmail: string,
    @Context('req') req: AuthenticatedRequest,
  ): Promise<DestinationAccountType> {
    const { position } = await this.commands.execute(new ChangeDestinationEmail(caller.destinationId, currentPassword, newEmail, clientAddressOf(req)));
    const row: DestinationRow = await this.queries.execute(new GetDestinationAccount(caller.destinationId, position));
    return destinationAccountType(row);
  }

  @ResolveField(() => DestinationMemberConnectionType, {
    description: 'The owners listing accommodations with this destination, in the order they joined: their names and their bookable accommodations only',
    complexity: pageCost(DEFAULT_MEMBER_PAGE, MAX_MEMBER_PAGE),
  })
  async members(
    @Parent() destination: DestinationAccountType,
    @Args('first', { type: () => Int, nullable: true, description: `${DEFAULT_MEMBER_PAGE} by default, at most ${MAX_MEMBER_PAGE}` }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<DestinationMemberConnectionType> {
    const page: DestinationMemberPage = await this.queries.execute(new ListDestinationMembers(destination.id, first ?? null, after ?? null));
    return destinationMemberConnection(page);
  }
}
