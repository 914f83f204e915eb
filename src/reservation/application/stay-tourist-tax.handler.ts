import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { command } from '../../shared/kernel/message';
import { stayAt } from '../domain/dossier/dossier-stays';
import { recordedExemptions } from '../domain/dossier/tourist-tax-exemptions';
import type { DossierChange } from './create-dossier.handler';
import { DossierSteps } from './dossier-steps';
import { onFreshFile } from './dossier-stays.handler';

/**
 * The owner records which adults of a stay are exempt from the taxe de séjour (a seasonal worker,
 * emergency housing): the stay's tax is assessed again with them, on the file's own price and
 * nights, and kept for the commune's register. The list replaces the one recorded before.
 */
export class SetStayTouristTaxExemptions extends Command<DossierChange> {
  constructor(
    readonly ownerId: string,
    readonly dossierId: string,
    /** Names the stay when the file has several. */
    readonly accommodationId: string | null,
    readonly exemptions: readonly { readonly reason: string; readonly count: number }[],
  ) {
    super();
  }
}

@CommandHandler(SetStayTouristTaxExemptions)
export class SetStayTouristTaxExemptionsHandler implements ICommandHandler<SetStayTouristTaxExemptions> {
  constructor(private readonly steps: DossierSteps) {}

  execute({ ownerId, dossierId, accommodationId, exemptions: input }: SetStayTouristTaxExemptions): Promise<DossierChange> {
    const exemptions = recordedExemptions('exemptions', input);
    return onFreshFile(this.steps, ownerId, dossierId, 'given other tourist tax exemptions', async (file) => {
      const stay = stayAt(file.state, accommodationId);
      const touristTax = await this.steps.reassess(ownerId, dossierId, stay, { price: stay.pricing.accommodationPrice, exemptions });
      const outcome = await this.steps.decide(command('AssessTouristTax', { dossierId, ownerId, touristTax }), this.steps.asOwner(ownerId), { builtOn: file });
      return { dossierId, position: outcome.position };
    });
  }
}
