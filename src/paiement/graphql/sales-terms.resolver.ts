import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { SetSalesTerms } from '../application/set-sales-terms.handler';
import { SALES_TERMS, type OnlineSalesTerms, type SalesTerms } from '../contracts';
import { SalesTermsInput, salesTermsType, SalesTermsType } from './sales-terms.types';

@Resolver(() => SalesTermsType)
export class SalesTermsResolver {
  constructor(
    private readonly commands: CommandBus,
    @Inject(SALES_TERMS) private readonly terms: SalesTerms,
  ) {}

  @Query(() => SalesTermsType, { description: 'How you sell online; online payment and pre-booking both offered, nights held 30 minutes, until you change them' })
  async salesTerms(@CurrentOwner() caller: AuthenticatedOwner): Promise<SalesTermsType> {
    return salesTermsType(await this.terms.termsOf(caller.ownerId));
  }

  @Mutation(() => SalesTermsType, { description: 'Saves the fields you send; the very next booking follows them' })
  async setSalesTerms(@CurrentOwner() caller: AuthenticatedOwner, @Args('input', { type: () => SalesTermsInput }) input: SalesTermsInput): Promise<SalesTermsType> {
    const terms: OnlineSalesTerms = await this.commands.execute(new SetSalesTerms(caller.ownerId, input));
    return salesTermsType(terms);
  }
}
