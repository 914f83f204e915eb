import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { CurrentOwner, type AuthenticatedOwner, type AuthenticatedRequest } from '../../shared/auth/authenticated-owner';
import { clientAddressOf } from '../../shared/auth/client-address';
import { CookieSessions } from '../../shared/auth/cookie-sessions';
import { Public } from '../../shared/auth/public.decorator';
import { ChangeEmail } from '../application/change-email.handler';
import { ChangePassword } from '../application/change-password.handler';
import { GetOwner } from '../application/get-owner.query';
import { LogIn } from '../application/log-in.handler';
import { SignUp } from '../application/sign-up.handler';
import { UpdateOwnerDetails } from '../application/update-owner-details.handler';
import { AuthPayloadType, OwnerDetailsInput, OwnerType, SignUpInput } from './owner.types';

@Resolver(() => OwnerType)
export class OwnerResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly sessions: CookieSessions,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadType, { description: 'Opens an owner account and logs it in' })
  async signUp(@Args('input') input: SignUpInput, @Context('req') req: AuthenticatedRequest, @Context('res') res: Response): Promise<AuthPayloadType> {
    const { ownerId, position, token } = await this.commands.execute(new SignUp(input, clientAddressOf(req)));
    return { token: this.sessions.deliver(req, res, token), owner: await this.queries.execute(new GetOwner(ownerId, position)) };
  }

  @Public()
  @Mutation(() => AuthPayloadType)
  async logIn(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context('req') req: AuthenticatedRequest,
    @Context('res') res: Response,
  ): Promise<AuthPayloadType> {
    const { ownerId, token } = await this.commands.execute(new LogIn(email, password, clientAddressOf(req)));
    return { token: this.sessions.deliver(req, res, token), owner: await this.queries.execute(new GetOwner(ownerId)) };
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends this browser’s cookie session (the back office’s); a bearer token is not ended by it, it expires' })
  logOut(@Context('req') req: AuthenticatedRequest, @Context('res') res: Response): boolean {
    this.sessions.close(req, res);
    return true;
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

  // Both answer once the owners read model shows the change: by then every earlier token is refused.
  @Mutation(() => Boolean, { description: 'Needs the current password; ends every session of the owner, this one included: log in again' })
  async changePassword(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @Context('req') req: AuthenticatedRequest,
  ): Promise<boolean> {
    const { position } = await this.commands.execute(new ChangePassword(caller.ownerId, currentPassword, newPassword, clientAddressOf(req)));
    await this.queries.execute(new GetOwner(caller.ownerId, position));
    return true;
  }

  @Mutation(() => OwnerType, {
    description: 'Needs the current password; the new address must not belong to another account. Ends every session of the owner, this one included: log in again',
  })
  async changeEmail(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('currentPassword') currentPassword: string,
    @Args('newEmail') newEmail: string,
    @Context('req') req: AuthenticatedRequest,
  ): Promise<OwnerType> {
    const { position } = await this.commands.execute(new ChangeEmail(caller.ownerId, currentPassword, newEmail, clientAddressOf(req)));
    return this.queries.execute(new GetOwner(caller.ownerId, position));
  }
}
