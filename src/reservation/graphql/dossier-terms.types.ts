import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { MoneyType } from '../../shared/graphql/money.type';
import type { ReservationSettings } from '../domain/settings/reservation-settings.decider';

@ObjectType('DossierDiscount', { description: 'The owner’s discount on the whole file: off the accommodation prices, never the supplements; the deposit is a share of what remains' })
export class DossierDiscountType {
  @Field(() => String, { nullable: true, description: 'As the owner labelled it; null: "Remise" / "Discount" on documents' }) label!: string | null;
  @Field(() => Float, { nullable: true, description: 'The percentage of the accommodation prices; null for a discount in euros' }) percent!: number | null;
  @Field(() => MoneyType, { description: 'What it takes off the total' }) amount!: MoneyType;
}

@InputType('DossierTermsInput', { description: 'A term left out (or null) stays as it is' })
export class DossierTermsInput {
  @Field(() => Float, { nullable: true, description: 'The deposit’s share of the accommodation prices: 0 to 100, two decimals at most' }) depositPercent?: number | null;
  @Field(() => DateScalar, { nullable: true, description: 'When the deposit falls due: not in the past, nor after the first arrival or the balance’s due date' })
  depositDueDate?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'When the balance falls due: not in the past, nor after the last departure' }) balanceDueDate?: string | null;
}

@InputType('DossierDiscountInput', { description: 'Either cents or percent' })
export class DossierDiscountInput {
  @Field(() => Int, { nullable: true, description: 'Euros off, in cents: at most the accommodation prices' }) cents?: number | null;
  @Field(() => Float, { nullable: true, description: 'Percent of the accommodation prices: above 0, at most 100, two decimals at most' }) percent?: number | null;
  @Field(() => String, { nullable: true, description: 'Shown to the guest on the document ("Geste commercial"); null: "Remise"' }) label?: string | null;
}

@ObjectType('ReservationSettings', { description: 'How your booking files are run' })
export class ReservationSettingsType {
  @Field(() => Int, {
    nullable: true,
    description:
      'Options whose deposit is still unpaid this many days after it fell due are released (cancelled, their nights freed), the guest being told the day first, in the deposit reminder; null: they stay until you decide',
  })
  releaseUnpaidOptionsAfterDays!: number | null;

  @Field(() => Int, {
    description: 'Guests are anonymised this many years after their last stay ended (3 unless you choose otherwise, as the CNIL recommends; 1 to 10); the files keep their figures',
  })
  guestRetentionYears!: number;
}

export const reservationSettingsType = (settings: ReservationSettings): ReservationSettingsType => ({
  releaseUnpaidOptionsAfterDays: settings.releaseUnpaidOptionsAfterDays,
  guestRetentionYears: settings.guestRetentionYears,
});
