import { manualContractFacts, manualStay } from '../../../../test/communication/manual-contract.facts';
import { DEFAULT_DOCUMENT_SETTINGS } from '../settings/document-settings';
import { euros } from '../../../shared/kernel/money';
import type { AccommodationSheet } from './document-facts';
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
    expect(printable.summary.stays[1].accommodation).toBe("Chambre Rose – Chambre d'hôtes – 4 chemin de l’Arget, 09000 Foix");
    expect(printable.description.accommodations.map((sheet) => sheet.name)).toEqual(['Gîte des Tilleuls', 'Chambre Rose']);
  });

  it('describes the accommodation by kind, stars, address and occupants', () => {
    expect(plain(manual.summary.stays[0].accommodation)).toBe('Gîte des Tilleuls – Location de vacances, 3 étoiles – 4 chemin de l’Arget, 09000 Foix');
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

  it("prints under it how the commune's tariff made the tax, in the document's language, naming each stay's accommodation when there are several", () => {
    const stay = manualContractFacts().dossier.stays[0];
    const taxed = { ...stay, touristTax: euros(1232), touristTaxLines: [{ fr: '7 nuits à partir du 04/07/2026 : … = 12,32 €', en: '7 nights from 04/07/2026: … = €12.32' }] };
    const one = printableDossier(manualContractFacts({ dossier: { touristTax: euros(1232), stays: [taxed] } }));
    expect(one.summary.touristTaxDetail).toEqual(['7 nuits à partir du 04/07/2026 : … = 12,32 €']);
    const inEnglish = printableDossier(manualContractFacts({ lang: 'EN', dossier: { touristTax: euros(1232), stays: [taxed] } }));
    expect(inEnglish.summary.touristTaxDetail).toEqual(['7 nights from 04/07/2026: … = €12.32']);
    const two = printableDossier(manualContractFacts({ dossier: { touristTax: euros(1232), stays: [taxed, { ...stay, accommodation: { ...stay.accommodation, name: 'Studio' } }] } }));
    expect(two.summary.touristTaxDetail.map(plain)).toEqual([`${stay.accommodation.name} : 7 nuits à partir du 04/07/2026 : … = 12,32 €`]);
    expect(manual.summary.touristTaxDetail).toEqual([]);
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

  it('asks for the deposit in English, keeping its French legal kind', () => {
    const option = printableDossier(manualContractFacts({ lang: 'EN', dossier: { status: 'OPTION', paid: euros(0) } }));
    expect(option.summary.title).toBe('Rental proposal');
    expect(option.summary.deposit).toBe('Deposit (acompte) of 25%: €10.62 due by Thursday 30 January 2020');
  });

  it('falls back to the French of an owner text written only in French, after the legal mentions', () => {
    const facts = manualContractFacts({ lang: 'EN', dossier: { note: null }, settings: { furtherInformation: { fr: 'Clés chez la voisine.', en: null } } });
    const section = printableDossier(facts).summary.furtherInformation;
    expect(section?.heading).toBe('Further information');
    expect(section?.paragraphs.at(-1)).toBe('Clés chez la voisine.');
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

describe('the legal mentions of a seasonal let', () => {
  const mentions = (overrides: Parameters<typeof manualContractFacts>[0] = {}) => printableDossier(manualContractFacts(overrides)).summary.furtherInformation?.paragraphs.map(plain) ?? [];
  const arrhes = { kind: 'ARRHES' as const, percent: 25, amount: euros(1062), dueDate: '2020-01-30' };
  const withSecurityDeposit = (cents: number) => {
    const facts = manualContractFacts();
    return [manualStay({ accommodation: { ...facts.dossier.stays[0].accommodation, securityDeposit: euros(cents) } })];
  };

  it('says an acompte binds both parties, and never what arrhes would allow', () => {
    const text = mentions().join('\n');
    expect(text).toContain('Les sommes versées sont un acompte, et non des arrhes (article L214-1 du Code de la consommation) : il engage définitivement les deux parties');
    expect(text).not.toContain('les restitue au double');
  });

  it('says arrhes are lost by a guest who withdraws and paid back double by an owner who does, and nothing of an acompte', () => {
    const text = mentions({ dossier: { deposit: arrhes } }).join('\n');
    expect(text).toContain('Les sommes versées sont des arrhes (article L214-1 du Code de la consommation) : le locataire qui renonce au séjour les perd ; le propriétaire qui y renonce les restitue au double.');
    expect(text).not.toContain('acompte');
  });

  it('says what the deposit commits to in English too', () => {
    expect(mentions({ lang: 'EN', dossier: { deposit: arrhes } })[0]).toMatch(/^The sums paid are arrhes \(article L214-1 of the French Consumer Code\): a guest who withdraws from the stay forfeits them/);
    expect(mentions({ lang: 'EN' })[0]).toMatch(/^The sums paid are an acompte, not arrhes .*: it binds both parties for good/);
  });

  it('states that the right of withdrawal does not apply, then the owner’s own text', () => {
    const text = mentions();
    expect(text).toContain("Conformément à l'article L221-28 12° du Code de la consommation, le droit de rétractation ne s'applique pas à cette prestation d'hébergement fournie à des dates déterminées.");
    expect(text.at(-1)).toBe(DEFAULT_DOCUMENT_SETTINGS.furtherInformation.fr);
  });

  it('points to the état descriptif of a meublé de tourisme, which a file of guest rooms only does not need', () => {
    expect(mentions()).toContain("L'état descriptif des lieux (article L324-2 du Code du tourisme) figure ci-après et fait partie du présent document.");
    const facts = manualContractFacts();
    const guestRoom = manualStay({ accommodation: { ...facts.dossier.stays[0].accommodation, kind: 'GUEST_ROOM' } });
    expect(mentions({ dossier: { stays: [guestRoom] } }).join('\n')).not.toContain('L324-2');
  });

  it('states the security deposit when the accommodation has one, and none when it has none', () => {
    expect(mentions({ dossier: { stays: withSecurityDeposit(30000) } })).toContain("Dépôt de garantie : 300,00 €, remis à l'arrivée et non compris dans le prix du séjour.");
    expect(mentions().join('\n')).not.toContain('Dépôt de garantie');
    expect(mentions({ dossier: { stays: withSecurityDeposit(0) } }).join('\n')).not.toContain('Dépôt de garantie');
  });

  it('says none of it in a cancelled file', () => {
    const section = printableDossier(manualContractFacts({ dossier: { status: 'CANCELLED' } })).summary.furtherInformation;
    expect(section?.paragraphs).toEqual([DEFAULT_DOCUMENT_SETTINGS.furtherInformation.fr]);
  });
});

describe('the registration number and the classement of a meublé de tourisme', () => {
  const registered = (accommodation: Partial<AccommodationSheet>, lang: 'FR' | 'EN' = 'FR') => {
    const facts = manualContractFacts({ lang });
    return printableDossier(manualContractFacts({ lang, dossier: { stays: [manualStay({ accommodation: { ...facts.dossier.stays[0].accommodation, ...accommodation } })] } }));
  };
  const dated = { decidedOn: '2016-06-10', expiresOn: '2021-06-09' };

  it('prints the number beside the accommodation’s address, grouped as communes print it', () => {
    const printable = registered({ registrationNumber: '09122123456AB' });
    expect(plain(printable.summary.stays[0].accommodation)).toBe("Gîte des Tilleuls – Location de vacances, 3 étoiles – 4 chemin de l’Arget, 09000 Foix – N° d'enregistrement : 09122 123456 AB");
    expect(printable.description.accommodations[0].facts.map(plain)).toContain("N° d'enregistrement : 09122 123456 AB");
  });

  it('keeps the number on one line', () => expect(registered({ registrationNumber: '09122123456AB' }).summary.stays[0].accommodation).toContain('09122\u00a0123456\u00a0AB'));

  it('prints it in English too', () =>
    expect(plain(registered({ registrationNumber: '09122123456AB' }, 'EN').summary.stays[0].accommodation)).toMatch(/ – Registration number: 09122 123456 AB$/));

  it('prints no number line for an accommodation without one', () => {
    const printable = printableDossier(manualContractFacts());
    expect(printable.summary.stays[0].accommodation).not.toMatch(/enregistrement/);
    expect(printable.description.accommodations[0].facts.join('\n')).not.toMatch(/enregistrement/);
  });

  it('dates the classement in the description of the premises', () =>
    expect(plain(registered({ classification: dated }).description.accommodations[0].facts[0])).toBe(
      "Location de vacances, 3 étoiles (classement du 10/06/2016, valable jusqu'au 09/06/2021)",
    ));

  it('prints no stars once the classement has expired on the day of the document', () => {
    const expired = registered({ classification: { decidedOn: '2014-06-10', expiresOn: '2019-06-09' } });
    expect(plain(expired.summary.stays[0].accommodation)).toBe('Gîte des Tilleuls – Location de vacances – 4 chemin de l’Arget, 09000 Foix');
    expect(expired.description.accommodations[0].facts[0]).toBe('Location de vacances');
  });

  it('prints the stars of a classement through its last day', () => {
    const facts = manualContractFacts({ today: '2021-06-09' });
    const lastDay = printableDossier({ ...facts, dossier: { ...facts.dossier, stays: [manualStay({ accommodation: { ...facts.dossier.stays[0].accommodation, classification: dated } })] } });
    expect(plain(lastDay.summary.stays[0].accommodation)).toContain('Location de vacances, 3 étoiles');
  });
});
