import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { calendarDate } from '../../shared/kernel/calendar-date';
import { InvalidInput } from '../../shared/kernel/errors';
import { money, percent } from '../../shared/kernel/money';
import { command } from '../../shared/kernel/message';
import { optionalText, TEXT_LIMITS } from '../../shared/kernel/text';
import type { HandDiscount } from '../domain/dossier/dossier';
import { stayAt } from '../domain/dossier/dossier-stays';
import type { DossierCommand } from '../domain/dossier/dossier.decider';
import { depositPercent } from '../domain/dossier/dossier-terms';
import type { DossierChange } from './create-dossier.handler';
import { DossierSteps } from './dossier-steps';

/** A discount as the owner types it: euros (cents) or a percentage, with an optional label. */
export interface DiscountInput {
  readonly cents?: number | null;
  readonly percent?: number | null;
  readonly label?: string | null;
}

/**
 * A term of one file the owner changes by hand, each recorded as an event: the deposit's
 * percentage and due dates, a stay's price, a discount, or the total agreed with the guest.
 */
export class ChangeDossierTerms extends Command<DossierChange> {
  constructor(
    readonly ownerId: string,
    readonly dossierId: string,
    readonly change:
      /** Absent or null keeps a term as it is. */
      | { readonly type: 'SetDepositTerms'; readonly depositPercent?: number | null; readonly depositDueDate?: string | null; readonly balanceDueDate?: string | null }
      /** `accommodationId` names the stay when the file has several. */
      | { readonly type: 'SetStayPrice'; readonly cents: number; readonly accommodationId: string | null }
      /** Null takes the discount back. */
      | { readonly type: 'SetDiscount'; readonly discount: DiscountInput | null }
      | { readonly type: 'SetTotal'; readonly cents: number; readonly label: string | null },
  ) {
    super();
  }
}

/**
 * Each input is checked where it enters (amounts bounded, percentages to the hundredth, dates
 * real days), then the file's decider checks it against the file as it stands. Another owner's
 * file answers NOT_FOUND, as an unknown one.
 */
@CommandHandler(ChangeDossierTerms)
export class ChangeDossierTermsHandler implements ICommandHandler<ChangeDossierTerms> {
  constructor(private readonly steps: DossierSteps) {}

  async execute({ ownerId, dossierId, change }: ChangeDossierTerms): Promise<DossierChange> {
    const file = await this.steps.file(ownerId, dossierId);
    const context = this.steps.asOwner(ownerId);
    const addressed = { dossierId, ownerId };
    let decided: DossierCommand;
    // A change worked out from the file (a tax assessed on its stay) is refused if the file moved since.
    let builtOn = false;
    switch (change.type) {
      case 'SetDepositTerms': {
        const asked = {
          depositPercent: change.depositPercent == null ? null : depositPercent('depositPercent', change.depositPercent),
          depositDueDate: change.depositDueDate == null ? null : calendarDate('depositDueDate', change.depositDueDate),
          balanceDueDate: change.balanceDueDate == null ? null : calendarDate('balanceDueDate', change.balanceDueDate),
        };
        if (asked.depositPercent === null && asked.depositDueDate === null && asked.balanceDueDate === null) {
          throw new InvalidInput('input', 'give depositPercent, depositDueDate or balanceDueDate');
        }
        decided = command('SetDepositTerms', { ...addressed, ...asked, now: context.now.toISOString() });
        break;
      }
      case 'SetStayPrice': {
        const price = money('cents', change.cents);
        const stay = stayAt(file.state, change.accommodationId);
        // Taxed "au réel", an unclassified stay's tax is a share of its price: assessed again on the new one.
        const taxed = file.state.touristTaxes.find((t) => t.stayId === stay.stayId);
        const touristTaxes = taxed?.detail ? [await this.steps.reassess(ownerId, dossierId, stay, { price, exemptions: taxed.exemptions })] : [];
        decided = command('SetStayPrice', { ...addressed, stayId: stay.stayId, price, touristTaxes });
        builtOn = touristTaxes.length > 0;
        break;
      }
      case 'SetDiscount':
        decided = command('SetDiscount', { ...addressed, discount: change.discount === null ? null : handDiscount(change.discount) });
        break;
      case 'SetTotal':
        decided = command('SetTotal', { ...addressed, total: money('cents', change.cents), label: optionalText('label', change.label, TEXT_LIMITS.line) });
        break;
    }
    const outcome = await this.steps.decide(decided, context, builtOn ? { builtOn: file } : { known: file });
    return { dossierId, position: outcome.position };
  }
}

function handDiscount(input: DiscountInput): HandDiscount {
  const label = optionalText('discount.label', input.label, TEXT_LIMITS.line);
  const { cents, percent: rate } = input;
  if ((cents == null) === (rate == null)) throw new InvalidInput('discount', 'give either cents or percent');
  if (cents != null) {
    const amount = money('discount.cents', cents);
    if (amount.cents === 0) throw new InvalidInput('discount.cents', 'must be above 0');
    return { kind: 'AMOUNT', amount, label };
  }
  return { kind: 'PERCENT', percent: percent('discount.percent', rate ?? Number.NaN, { allowHundred: true }), label };
}
