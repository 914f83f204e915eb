import { Field, ObjectType } from '@nestjs/graphql';
import { enumType } from '../../shared/graphql/enum-type';
import { MoneyType } from '../../shared/graphql/money.type';
import { DepositKindEnum } from '../../shared/graphql/payment-terms.types';
import type { DepositKind } from '../../shared/kernel/payment-terms';
import type { CancellationSettlement } from '../domain/dossier/cancellation-settlement';
import { CANCELLING_PARTIES, type CancellingParty } from '../domain/dossier/dossier';

export const CancellingPartyEnum = enumType(CANCELLING_PARTIES, 'CancellingParty', 'Who gives up the stay: GUEST or OWNER. What the deposit’s law makes of the money follows from it');

@ObjectType('CancellationSettlement', {
  description:
    'What the law makes of the money of a cancelled file (Code de la consommation, L214-1): with arrhes, the guest who gives up loses them and the owner who gives up pays back twice their amount; with an acompte, the guest still owes the agreed price and the owner who gives up refunds all and may owe damages. Nothing moves by itself: record refunds as payments',
})
export class CancellationSettlementType {
  @Field(() => CancellingPartyEnum) by!: CancellingParty;
  @Field(() => DepositKindEnum) depositKind!: DepositKind;
  @Field(() => MoneyType, { description: 'The stay’s price as agreed: stays and their supplements, less discounts' }) price!: MoneyType;
  @Field(() => MoneyType, { description: 'The deposit the file asked' }) deposit!: MoneyType;
  @Field(() => MoneyType, { description: 'Every payment the file received' }) received!: MoneyType;
  @Field(() => MoneyType, { description: 'Every refund the file recorded' }) refunded!: MoneyType;
  @Field(() => MoneyType) ownerKeeps!: MoneyType;
  @Field(() => MoneyType, { description: 'What the guest is owed back in all; twice the arrhes when the owner gives up' }) owedToGuest!: MoneyType;
  @Field(() => MoneyType, { description: 'Of owedToGuest, the arrhes the owner pays a second time: paid beside the refunds, which give back only money the file received' })
  compensation!: MoneyType;
  @Field(() => MoneyType, { description: 'What is left to refund of the money received, after the refunds recorded' }) stillToRefund!: MoneyType;
  @Field(() => MoneyType, { description: 'With an acompte, the rest of the price the guest who gives up still owes (unless the owner’s terms say less)' }) guestStillOwes!: MoneyType;
  @Field(() => Boolean, { description: 'An owner who gives up a stay under an acompte may owe damages too' }) damagesMayBeOwed!: boolean;
  @Field(() => String, { description: 'The rule applied and its figures, in French' }) explanationFr!: string;
  @Field(() => String, { description: 'The same, in English' }) explanationEn!: string;
}

export const cancellationSettlementType = ({ explanation, ...settlement }: CancellationSettlement): CancellationSettlementType => ({
  ...settlement,
  explanationFr: explanation.fr,
  explanationEn: explanation.en,
});
