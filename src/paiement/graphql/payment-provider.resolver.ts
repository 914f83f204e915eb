import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { ConnectPaymentProvider } from '../application/connect-payment-provider.handler';
import { DisconnectPaymentProvider } from '../application/disconnect-payment-provider.handler';
import { ProviderConnections, type ActiveConnection } from '../application/provider-connections';
import { PaymentProviderConnectionType, paymentProviderConnectionType, PaymentProviderInput } from './payment-provider.types';

@Resolver(() => PaymentProviderConnectionType)
export class PaymentProviderResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly connections: ProviderConnections,
  ) {}

  @Query(() => PaymentProviderConnectionType, { nullable: true, description: 'The provider taking your online payments; null: none' })
  async paymentProvider(@CurrentOwner() caller: AuthenticatedOwner): Promise<PaymentProviderConnectionType | null> {
    const connection = await this.connections.connectionOf(caller.ownerId);
    return connection && paymentProviderConnectionType(connection);
  }

  @Mutation(() => PaymentProviderConnectionType, { description: 'Connects the provider that takes your online payments, replacing the one before; the secrets are kept encrypted' })
  async connectPaymentProvider(@CurrentOwner() caller: AuthenticatedOwner, @Args('input', { type: () => PaymentProviderInput }) input: PaymentProviderInput): Promise<PaymentProviderConnectionType> {
    const connection: ActiveConnection = await this.commands.execute(new ConnectPaymentProvider(caller.ownerId, input));
    return paymentProviderConnectionType(connection);
  }

  @Mutation(() => Boolean, { description: 'Stops online payment until you connect a provider again; true when one was taking your payments' })
  disconnectPaymentProvider(@CurrentOwner() caller: AuthenticatedOwner): Promise<boolean> {
    return this.commands.execute(new DisconnectPaymentProvider(caller.ownerId));
  }
}
