import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { CurrentOwner, type AuthenticatedOwner, type AuthenticatedRequest } from '../../shared/auth/authenticated-owner';
import { Public } from '../../shared/auth/public.decorator';
import { ChangeEmail } from '../application/change-email.handler';
import { ChangePassword } from '../application/change-password.handler';
import { GetOwner } from '../application/get-owner.query';
import { LogIn } from '../application/log-in.handler';
import { SignUp } from '../application/sign-up.handler';
import { UpdateOwnerDetails } from '../application/update-owner-details.handler';
import { TokenService } from '../../shared/auth/token.service';
import { AuthPayloadType, OwnerDetailsInput, OwnerType, SignUpInput } from './owner.types';

@Resolver(() => OwnerType)
export class OwnerResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly tokens: TokenService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadType, { description: 'Opens an owner account and logs it in' })
  async signUp(@Args('input') input: SignUpInput): Promise<AuthPayloadType> {
    const { ownerId, position } = await this.commands.execute(new SignUp(input));
    const owner = await this.queries.execute(new GetOwner(ownerId, position));
    return { token: await this.tokens.issue(ownerId), owner };
  }

  @Public()
  @Mutation(() => AuthPayloadType)
  async logIn(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context('req') req: AuthenticatedRequest,
  ): Promise<AuthPayloadType> {
    const { ownerId, token } = await this.commands.execute(new LogIn(email, password, req.ip ?? 'unknown'));
    return { token, owner: await this.queries.execute(new GetOwner(ownerId)) };
  }

  @Query(() => OwnerType, { description: 'The owner the bearer token belongs to' })
  me(@CurrentOwner() caller: AuthenticatedOwner): Promise<OwnerType> {
    return this.queries.execute(new GetOwner(caller.ownerId));
  }

  @Mutation(() => OwnerType)
  async updateOwnerDetails(@CurrentOwner() caller: AuthenticatedOwner, @Args('input') input: OwnerDetailsInput): Promise<OwnerType> {
    const { position } = await this.commands.execute(new UpdateOwnerDetails(caller.ownerId, input));
    return this.queries.execute(new GetOwner(caller.ownerId, position));
  }

  @Mutation(() => Boolean, { description: 'Needs the current password; tokens already issued stay valid until they expire' })
  async changePassword(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
  ): Promise<boolean> {
    await this.commands.execute(new ChangePassword(caller.ownerId, currentPassword, newPassword));
    return true;
  }

  @Mutation(() => OwnerType, { description: 'Needs the current password; the new address must not belong to another account' })
  async changeEmail(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('currentPassword') currentPassword: string,
    @Args('newEmail') newEmail: string,
  ): Promise<OwnerType> {
    const { position } = await this.commands.execute(new ChangeEmail(caller.ownerId, currentPassword, newEmail));
    return this.queries.execute(new GetOwner(caller.ownerId, position));
  }
}
