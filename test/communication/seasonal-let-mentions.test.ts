import { printableDossier } from '../../src/communication/domain/document/printable-dossier';
import { PdfRenderPool } from '../../src/communication/infrastructure/pdf/pdf-render-pool';
import type { Lang } from '../../src/shared/kernel/lang';
import type { DepositKind } from '../../src/shared/kernel/payment-terms';
import { euros } from '../../src/shared/kernel/money';
import { pdfWords } from '../support/pdf-text';
import { manualContractFacts, manualStay } from './manual-contract.facts';

/**
 * The checklist of a seasonal let's contract, read back from the PDF with pdftotext: the manual's
 * gîte (3 stars, 4 chemin de l’Arget in Foix) let from 25 January to 8 February 2020, 50 € less
 * 7.50 €, cleaning 5 €, total 47.50 €, a tourist tax of 22.40 € on top, a security deposit of
 * 300 €, 10.62 € paid on a 25 % deposit, 36.88 € left to pay on arrival. Once with arrhes in
 * French, once with an acompte in English; each must say what its own kind commits to, and
 * never what the other kind would.
 */
const ARRHES_FR =
  'Les sommes versées sont des arrhes (article L214-1 du Code de la consommation) : le locataire qui renonce au séjour les perd ; le propriétaire qui y renonce les restitue au double.';
const ACOMPTE_FR =
  'Les sommes versées sont un acompte, et non des arrhes (article L214-1 du Code de la consommation) : il engage définitivement les deux parties ; le locataire reste redevable du prix convenu, le propriétaire qui renonce au séjour rembourse et peut devoir des dommages et intérêts.';
const ARRHES_EN =
  'The sums paid are arrhes (article L214-1 of the French Consumer Code): a guest who withdraws from the stay forfeits them; an owner who withdraws from it pays back twice their amount.';
const ACOMPTE_EN =
  'The sums paid are an acompte, not arrhes (article L214-1 of the French Consumer Code): it binds both parties for good; the guest still owes the agreed price, and an owner who withdraws from the stay refunds it and may owe damages.';

const CHECKLIST: Record<Lang, readonly (readonly [string, string])[]> = {
  FR: [
    ['the kind of document', 'Contrat de location'],
    ['the owner, as the heading prints it', 'PROPRIÉTAIRE'],
    ['the owner’s identity', 'Mme Marie Dupont'],
    ['the owner’s address', '12 rue des Tilleuls'],
    ['the owner’s town', '09000 Foix'],
    ['the guest, as the heading prints it', 'LOCATAIRE'],
    ['the guest’s identity', 'M. Jean Martin'],
    ['the guest’s address', '3 allée des Pins'],
    ['the guest’s town', '31000 Toulouse'],
    ['the accommodation, its classification and its address', 'Gîte des Tilleuls – Location de vacances, 3 étoiles – 4 chemin de l’Arget, 09000 Foix'],
    ['the reference to the état descriptif', "L'état descriptif des lieux (article L324-2 du Code du tourisme) figure ci-après et fait partie du présent document."],
    ['the état descriptif itself', 'État descriptif des lieux Gîte des Tilleuls Location de vacances, 3 étoiles 4 à 6 personnes'],
    ['the dates of the stay', 'Séjour du samedi 25 janvier 2020 au samedi 8 février 2020'],
    ['the price before discount', "Prix de l'hébergement 50,00 €"],
    ['the discount', 'Remise fidélité -7,50 €'],
    ['the supplement', 'Ménage de fin de séjour 5,00 €'],
    ['the total price', 'Total : 47,50 € (remise de 7,50 € déduite)'],
    ['the tourist tax apart', 'Taxe de séjour (en sus) : 22,40 €'],
    ['the deposit’s amount and kind', 'Arrhes de 25 % : 10,62 € (réglées)'],
    ['what arrhes commit to', ARRHES_FR],
    ['the balance and its due date', 'Solde : 36,88 € à régler le samedi 25 janvier 2020'],
    ['the security deposit', "Dépôt de garantie : 300,00 €, remis à l'arrivée et non compris dans le prix du séjour."],
    ['that there is no right of withdrawal', "Conformément à l'article L221-28 12° du Code de la consommation, le droit de rétractation ne s'applique pas à cette prestation d'hébergement fournie à des dates déterminées."],
  ],
  EN: [
    ['the kind of document', 'Rental contract'],
    ['the owner, as the heading prints it', 'OWNER'],
    ['the owner’s identity', 'Mme Marie Dupont'],
    ['the owner’s address', '12 rue des Tilleuls'],
    ['the owner’s town', '09000 Foix'],
    ['the guest, as the heading prints it', 'GUEST'],
    ['the guest’s identity', 'M. Jean Martin'],
    ['the guest’s address', '3 allée des Pins'],
    ['the guest’s town', '31000 Toulouse'],
    ['the accommodation, its classification and its address', 'Gîte des Tilleuls – Holiday rental, 3 stars – 4 chemin de l’Arget, 09000 Foix'],
    ['the reference to the état descriptif', 'The description of the premises (article L324-2 of the French Tourism Code) follows and forms part of this document.'],
    ['the état descriptif itself', 'Description of the premises Gîte des Tilleuls Holiday rental, 3 stars 4 to 6 people'],
    ['the dates of the stay', 'Stay from Saturday 25 January 2020 to Saturday 8 February 2020'],
    ['the price before discount', 'Accommodation price €50.00'],
    ['the discount', 'Loyalty discount -€7.50'],
    ['the supplement', 'Final cleaning €5.00'],
    ['the total price', 'Total: €47.50 (€7.50 discount deducted)'],
    ['the tourist tax apart', 'Tourist tax (not included): €22.40'],
    ['the deposit’s amount and kind', 'Deposit (acompte) of 25%: €10.62 (paid)'],
    ['what an acompte commits to', ACOMPTE_EN],
    ['the balance and its due date', 'Balance: €36.88 due on Saturday 25 January 2020'],
    ['the security deposit', 'Security deposit: €300.00, handed over on arrival and not part of the price of the stay.'],
    ['that there is no right of withdrawal', 'Under article L221-28 12° of the French Consumer Code, the right of withdrawal does not apply to this accommodation service, provided on set dates.'],
  ],
};

describe('the mandatory mentions of a seasonal let, in the PDF', () => {
  const pool = new PdfRenderPool({ size: 2 });
  const text: Partial<Record<Lang, string>> = {};

  const render = async (lang: Lang, kind: DepositKind): Promise<string> => {
    const manual = manualContractFacts();
    const stay = manualStay({ accommodation: { ...manual.dossier.stays[0].accommodation, securityDeposit: euros(30000) }, touristTax: euros(2240) });
    const deposit = { ...manual.dossier.deposit, kind };
    return pdfWords(await pool.render(printableDossier(manualContractFacts({ lang, dossier: { stays: [stay], touristTax: euros(2240), deposit } }))));
  };

  beforeAll(async () => {
    [text.FR, text.EN] = await Promise.all([render('FR', 'ARRHES'), render('EN', 'ACOMPTE')]);
  });

  afterAll(() => pool.close());

  const read = (lang: Lang): string => {
    const words = text[lang];
    if (words === undefined) throw new Error(`the ${lang} document was not rendered`);
    return words;
  };

  describe.each(['FR', 'EN'] as const)('in %s', (lang) => {
    it.each(CHECKLIST[lang])('prints %s: “%s”', (_, mention) => expect(read(lang)).toContain(mention));
  });

  it('says nothing of an acompte in a document with arrhes', () => {
    expect(read('FR')).not.toContain(ACOMPTE_FR);
    expect(read('FR')).not.toContain('Acompte de 25 %');
  });

  it('says nothing of arrhes in a document with an acompte', () => {
    expect(read('EN')).not.toContain(ARRHES_EN);
    expect(read('EN')).not.toContain('Deposit (arrhes)');
  });

  it('keeps each document in its own language', () => {
    expect(read('FR')).not.toContain(ARRHES_EN);
    expect(read('EN')).not.toContain(ACOMPTE_FR);
    expect(read('EN')).not.toContain(ARRHES_FR);
  });
});
