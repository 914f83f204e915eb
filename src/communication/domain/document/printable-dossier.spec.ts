import { manualContractFacts, manualStay } from '../../../../test/communication/manual-contract.facts';
import { DEFAULT_DOCUMENT_SETTINGS } from '../settings/document-settings';
import { euros } from '../../../shared/kernel/money';
import { printableDossier, type PrintableDossier } from './printable-dossier';

/** No-break and narrow no-break spaces read as spaces: the rules are about words, not typography. */
const plain = (text: string | null): string | null => (text === null ? null : text.replace(/[\u00a0\u202f]/g, ' '));
const rows = (printable: PrintableDossier) => printable.summary.prices?.rows.map((row) => `${row.label} = ${plain(row.amount)}`) ?? [];
const none = { fr: null, en: null };

describe('the booking-file document, with the manual test vector', () => {
  const manual = printableDossier(manualContractFacts());

  it('details the stay price before discounts, each discount, the price after them and each supplement', () =>
    expect(rows(manual)).toEqual([
      "Prix de l'hébergement = 50,00 €",
      'Remise fidélité = -7,50 €',
      "Prix de l'hébergement, remise déduite = 42,50 €",
      'Ménage de fin de séjour = 5,00 €',
    ]));

  it('states the total with the discount deducted', () => expect(plain(manual.summary.total)).toBe('Total : 47,50 € (remise de 7,50 € déduite)'));

  it('names no discount beside the total when there is none', () =>
    expect(plain(printableDossier(manualContractFacts({ dossier: { discount: euros(0) } })).summary.total)).toBe('Total : 47,50 €'));

  it('asks for the acompte, 25 % of the accommodation price rounded to the cent, before its due date', () => {
    const option = printableDossier(manualContractFacts({ dossier: { status: 'OPTION', paid: euros(0), balance: euros(4750) } }));
    expect(plain(option.summary.deposit)).toBe('Acompte de 25 % : 10,62 € à régler avant le jeudi 30 janvier 2020');
  });

  it('calls the deposit arrhes when the owner asks for arrhes', () => {
    const facts = manualContractFacts({ dossier: { status: 'OPTION', paid: euros(0), deposit: { kind: 'ARRHES', percent: 25, amount: euros(1062), dueDate: '2020-01-30' } } });
    expect(plain(printableDossier(facts).summary.deposit)).toMatch(/^Arrhes de 25 % : 10,62 €/);
  });

  it('no longer asks for a deposit already received, and states what was paid and the balance due', () => {
    expect(plain(manual.summary.deposit)).toBe('Acompte de 25 % : 10,62 € (réglé)');
    expect(plain(manual.summary.paid)).toBe('Déjà réglé : 10,62 €');
    expect(plain(manual.summary.balance)).toBe('Solde : 36,88 € à régler le samedi 25 janvier 2020');
  });

  it('prints no balance line once the file is paid', () =>
    expect(printableDossier(manualContractFacts({ dossier: { status: 'PAID', paid: euros(4750), balance: euros(0) } })).summary.balance).toBeNull());

  it('dates the letter in the owner’s town and numbers the file', () => {
    expect(manual.summary.placeAndDate).toBe('Foix, le 20/01/2020');
    expect(plain(manual.summary.fileNumber)).toBe('Dossier n° 12');
  });

  it('writes the stay from arrival to departure in full', () =>
    expect(manual.summary.stays.map((stay) => stay.period)).toEqual(['Séjour du samedi 25 janvier 2020 au samedi 8 février 2020']));

  it('names the accommodation of each stay when the file has several', () => {
    const facts = manualContractFacts();
    const second = manualStay({ arrival: '2020-02-08', departure: '2020-02-15', accommodation: { ...facts.dossier.stays[0].accommodation, name: 'Chambre Rose', kind: 'GUEST_ROOM', starRating: 0 } });
    const printable = printableDossier({ ...facts, dossier: { ...facts.dossier, stays: [...facts.dossier.stays, second] } });
    expect(printable.summary.stays.map((stay) => plain(stay.period))).toEqual([
      'Gîte des Tilleuls : séjour du samedi 25 janvier 2020 au samedi 8 février 2020',
      'Chambre Rose : séjour du samedi 8 février 2020 au samedi 15 février 2020',
    ]);
    expect(printable.summary.stays[1].accommodation).toBe("Chambre Rose – Chambre d'hôtes – Foix");
    expect(printable.description.accommodations.map((sheet) => sheet.name)).toEqual(['Gîte des Tilleuls', 'Chambre Rose']);
  });

  it('describes the accommodation by kind, stars, town and occupants', () => {
    expect(plain(manual.summary.stays[0].accommodation)).toBe('Gîte des Tilleuls – Location de vacances, 3 étoiles – Foix');
    expect(plain(manual.summary.stays[0].occupants)).toBe('Occupants : 2 Adultes, 1 Enfant');
  });

  it('lists the accepted ways to pay, the cheque with its payee', () =>
    expect(plain(manual.summary.paymentMethods)).toBe("Modes de règlement acceptés : chèque (à l'ordre de Marie Dupont), chèques vacances ANCV, virement bancaire"));

  it('gives the arrival window and the departure hour, and leaves out an hour the owner cleared', () => {
    expect(manual.summary.arrival).toEqual({ text: 'Arrivée entre 16 h 00 et 20 h 00', note: null });
    expect(manual.summary.departure).toEqual({ text: 'Départ avant 10 h 00', note: null });
    const settings = { ...DEFAULT_DOCUMENT_SETTINGS, departure: { before: null, note: none }, arrival: { from: '17:00', to: null, note: { fr: 'Clés dans la boîte.', en: null } } };
    const cleared = printableDossier(manualContractFacts({ settings }));
    expect(cleared.summary.departure).toBeNull();
    expect(cleared.summary.arrival).toEqual({ text: 'Arrivée à partir de 17 h 00', note: 'Clés dans la boîte.' });
  });

  it('prints the tourist tax apart from the total, only when there is one', () => {
    expect(manual.summary.touristTax).toBeNull();
    expect(plain(printableDossier(manualContractFacts({ dossier: { touristTax: euros(2240) } })).summary.touristTax)).toBe('Taxe de séjour (en sus) : 22,40 €');
  });

  it('leaves the price detail out when the owner hides it, but keeps the global supplements', () => {
    const facts = manualContractFacts({ settings: { showPriceDetail: false }, dossier: { globalSupplements: [{ label: "Frais d'annulation", amount: euros(3000) }] } });
    expect(rows(printableDossier(facts))).toEqual(["Frais d'annulation = 30,00 €"]);
    expect(printableDossier(manualContractFacts({ settings: { showPriceDetail: false } })).summary.prices).toBeNull();
  });
});

describe('the title and the signature follow the status', () => {
  const withStatus = (status: 'OPTION' | 'CONFIRMED' | 'PAID' | 'CANCELLED') => printableDossier(manualContractFacts({ dossier: { status } }));
  const statusTexts = { option: { fr: 'En attente de votre acompte.', en: null }, confirmed: { fr: 'Réservation confirmée.', en: null }, paid: { fr: 'Séjour soldé.', en: null } };

  it('calls an option a proposal, to return signed with the deposit', () => {
    const option = withStatus('OPTION');
    expect(option.summary.title).toBe('Proposition de location');
    expect(option.summary.signature?.request).toEqual([DEFAULT_DOCUMENT_SETTINGS.signatureRequest.option.fr]);
  });

  it('calls a confirmed or paid file a contract, to sign', () => {
    for (const printable of [withStatus('CONFIRMED'), withStatus('PAID')]) {
      expect(printable.summary.title).toBe('Contrat de location');
      expect(printable.summary.signature?.request.map(plain)).toEqual([DEFAULT_DOCUMENT_SETTINGS.signatureRequest.contract.fr]);
      expect(printable.summary.signature?.boxes.map((box) => `${box.heading}: ${box.caption}`)).toEqual(['Le propriétaire: Date et signature', 'Le locataire: Date et signature']);
    }
  });

  it('asks no signature of a cancelled booking', () => {
    const cancelled = withStatus('CANCELLED');
    expect(cancelled.summary.title).toBe('Réservation annulée');
    expect(cancelled.summary.signature).toBeNull();
    expect(cancelled.summary.deposit).toBeNull();
  });

  it("adds the owner's text for the file's status", () => {
    const text = (status: 'OPTION' | 'CONFIRMED' | 'PAID' | 'CANCELLED') =>
      printableDossier(manualContractFacts({ settings: { statusTexts }, dossier: { status } })).summary.statusText;
    expect([text('OPTION'), text('CONFIRMED'), text('PAID'), text('CANCELLED')]).toEqual([['En attente de votre acompte.'], ['Réservation confirmée.'], ['Séjour soldé.'], []]);
  });
});

describe('the document in English', () => {
  const english = printableDossier(manualContractFacts({ lang: 'EN' }));

  it('writes amounts, dates and labels the English way', () => {
    expect(english.summary.title).toBe('Rental contract');
    expect(english.summary.total).toBe('Total: €47.50 (€7.50 discount deducted)');
    expect(english.summary.stays[0].period).toBe('Stay from Saturday 25 January 2020 to Saturday 8 February 2020');
    expect(english.summary.placeAndDate).toBe('Foix, 20/01/2020');
    expect(plain(english.summary.fileNumber)).toBe('Booking no. 12');
    expect(english.summary.balance).toBe('Balance: €36.88 due on Saturday 25 January 2020');
    expect(english.footer).toMatchObject({ page: 'Page', of: 'of' });
  });

  it('asks for the deposit in English whatever its French kind', () => {
    const option = printableDossier(manualContractFacts({ lang: 'EN', dossier: { status: 'OPTION', paid: euros(0) } }));
    expect(option.summary.title).toBe('Rental proposal');
    expect(option.summary.deposit).toBe('Deposit of 25%: €10.62 due by Thursday 30 January 2020');
  });

  it('falls back to the French of an owner text written only in French', () => {
    const facts = manualContractFacts({ lang: 'EN', dossier: { note: null }, settings: { furtherInformation: { fr: 'Clés chez la voisine.', en: null } } });
    expect(printableDossier(facts).summary.furtherInformation).toEqual({ heading: 'Further information', paragraphs: ['Clés chez la voisine.'] });
  });
});

describe('the general terms of sale (part 4)', () => {
  it('prints the terms, one paragraph per line, when the owner asks for them and wrote them', () => {
    const printable = printableDossier(manualContractFacts());
    expect(printable.terms?.heading).toBe('Conditions générales de vente');
    expect(printable.terms?.paragraphs).toHaveLength(3);
    expect(printable.termsMissing).toBe(false);
  });

  it('flags the terms as missing when they are to be printed but not written', () => {
    const printable = printableDossier(manualContractFacts({ settings: { terms: none } }));
    expect(printable.terms).toBeNull();
    expect(printable.termsMissing).toBe(true);
  });

  it('leaves the terms out, without a warning, when the owner does not print them', () => {
    const printable = printableDossier(manualContractFacts({ settings: { printTerms: false } }));
    expect([printable.terms, printable.termsMissing]).toEqual([null, false]);
  });
});

describe('header and description (parts 1 and 3)', () => {
  it("heads the document with the owner's chosen name, else the establishment's, else the owner's", () => {
    const header = (facts: ReturnType<typeof manualContractFacts>) => printableDossier(facts).header.name;
    expect(header(manualContractFacts({ settings: { header: { name: 'Gîtes de Foix', slogan: null, logoImageId: null } } }))).toBe('Gîtes de Foix');
    expect(header(manualContractFacts())).toBe('Les Gîtes du Castella');
    expect(header(manualContractFacts({ establishment: null }))).toBe('Marie Dupont');
  });

  it('describes each accommodation with its capacity, surface, characteristics and images', () => {
    const [sheet] = printableDossier(manualContractFacts()).description.accommodations;
    expect(sheet.facts.map(plain)).toEqual(['Location de vacances, 3 étoiles', '4 à 6 personnes', 'Surface : 85 m²', '4 chemin de l’Arget, 09000 Foix']);
    expect(plain(sheet.characteristics)).toBe('Équipements : Wifi, Cheminée, Jardin clos');
    expect(sheet.images).toHaveLength(1);
    const withoutImages = printableDossier(manualContractFacts({ settings: { description: { ...DEFAULT_DOCUMENT_SETTINGS.description, accommodationImages: false } } }));
    expect(withoutImages.description.accommodations[0].images).toHaveLength(0);
  });

  it("adds the establishment's text only when the settings say so", () => {
    expect(printableDossier(manualContractFacts()).description.establishment).toBeNull();
    const settings = { description: { establishmentText: true, establishmentImages: false, accommodationImages: true } };
    expect(printableDossier(manualContractFacts({ settings })).description.establishment?.paragraphs).toEqual(['Deux gîtes au calme, à cinq minutes du centre.']);
  });

  it('keeps French quotation marks on the line of the words they quote', () =>
    expect(printableDossier(manualContractFacts()).summary.signature?.request[0]).toContain('«\u00a0Lu et approuvé\u00a0»'));

  it('holds only plain data, so it can be posted to a worker thread', () => {
    const printable = printableDossier(manualContractFacts());
    expect(structuredClone(printable)).toEqual(printable);
  });
});
