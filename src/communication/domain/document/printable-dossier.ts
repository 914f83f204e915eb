import { inLang } from '../../../shared/kernel/lang';
import type { LocalizedText } from '../../../shared/kernel/localized-text';
import type { PaymentMethod } from '../../../shared/kernel/payment-terms';
import type { CalendarDate } from '../../../shared/kernel/calendar-date';
import { formatAmount, formatPercent, hourOfDay, longDate, shortDate } from '../../../shared/kernel/formats';
import { classifiedStarsOn } from '../../../shared/kernel/classification';
import { printedRegistrationNumber } from '../../../shared/kernel/registration-number';
import type { AccommodationSheet, DocumentFacts, DossierStatusFact, PartyFacts, StayFacts } from './document-facts';
import type { PrintableDossier, PrintableEstablishment, PrintableNotice, PrintableParty, PrintablePriceRow, PrintableSection, PrintableSheet, PrintableStay, PrintableSummary } from './printable-dossier.types';
import { WORDS, type Words } from './printable-dossier.words';

export type * from './printable-dossier.types';

/**
 * Writes a booking file's document in the facts' language, in the order of the manual's model
 * contract: header, summary (parties, stay, prices, what is due and when, hours, the legal
 * mentions of a seasonal let, texts, signatures), the accommodations' sheets (the état
 * descriptif), the general terms of sale. Decides every word and every line that is left out;
 * the renderer only lays them out.
 */
export function printableDossier(facts: DocumentFacts): PrintableDossier {
  const w = WORDS[facts.lang];
  const name = facts.settings.header.name ?? facts.establishment?.name ?? partyName(facts.owner);
  const summary = summaryOf(facts, w);
  const termsText = facts.settings.printTerms ? inLang(facts.settings.terms, facts.lang) : null;
  return {
    lang: facts.lang,
    issuedOn: facts.today,
    metadata: { title: [summary.title, summary.fileNumber].filter(present).join(' – '), author: name },
    header: { name, slogan: facts.settings.header.slogan ?? facts.establishment?.slogan ?? null, logo: facts.images.logo },
    summary,
    description: { heading: w.descriptionHeading, accommodations: sheetsOf(facts, w), establishment: establishmentOf(facts, name) },
    terms: termsText === null ? null : { heading: w.termsHeading, paragraphs: paragraphs(termsText) },
    termsMissing: facts.settings.printTerms && termsText === null,
    footer: { text: [name, summary.fileNumber].filter(present).join(' – '), page: w.page, of: w.pageOf },
  };
}

function summaryOf(facts: DocumentFacts, w: Words): PrintableSummary {
  const { dossier, settings, lang } = facts;
  const text = (value: LocalizedText) => inLang(value, lang);
  const amount = (cents: number) => formatAmount(cents, lang);
  const { deposit } = dossier;
  const depositLabel = `${w.depositKind[deposit.kind]} ${w.of} ${formatPercent(deposit.percent, lang)}${w.colon}${amount(deposit.amount.cents)}`;
  const methods = facts.payment.acceptedMethods.map((method) => methodLabel(method, facts.payment.chequePayableTo, w));
  const cityOfLetter = facts.owner.city ?? dossier.stays[0]?.accommodation.city ?? null;
  const { option, contract } = settings.signatureRequest;
  return {
    owner: partyOf(w.ownerHeading, facts.owner, facts.owner.website, w),
    guest: partyOf(w.guestHeading, dossier.guest, null, w),
    placeAndDate: w.placeAndDate(cityOfLetter, shortDate(facts.today, lang)),
    fileNumber: dossier.number === null ? null : w.fileNumber(dossier.number),
    title: w.title[dossier.status],
    stays: dossier.stays.map((stay) => stayOf(stay, dossier.stays.length > 1, facts, w)),
    prices: pricesOf(facts, w),
    total: `${w.total}${w.colon}${amount(dossier.total.cents)}${dossier.discount.cents > 0 ? ` ${w.discountDeducted(amount(dossier.discount.cents))}` : ''}`,
    touristTax: dossier.touristTax.cents > 0 ? `${w.touristTax}${w.colon}${amount(dossier.touristTax.cents)}` : null,
    touristTaxDetail: dossier.stays.flatMap((stay) =>
      stay.touristTaxLines.map((line) => (dossier.stays.length > 1 ? `${stay.accommodation.name}${w.colon}` : '') + (lang === 'FR' ? line.fr : line.en)),
    ),
    // A cancelled file owes only its fees (the balance); a deposit already covered is no longer asked for.
    deposit:
      dossier.status === 'CANCELLED' || deposit.amount.cents <= 0
        ? null
        : dossier.paid.cents >= deposit.amount.cents
          ? `${depositLabel} ${w.depositPaid[deposit.kind]}`
          : `${depositLabel} ${w.dueBefore(longDate(deposit.dueDate, lang))}`,
    paid: dossier.paid.cents > 0 ? `${w.paid}${w.colon}${amount(dossier.paid.cents)}` : null,
    balance: dossier.balance.cents > 0 ? `${w.balance}${w.colon}${amount(dossier.balance.cents)} ${w.dueOn(longDate(dossier.balanceDueDate, lang))}` : null,
    paymentMethods: methods.length > 0 ? `${w.paymentMethods}${w.colon}${methods.join(', ')}` : null,
    arrival: noticeOf(arrivalHours(facts, w), text(settings.arrival.note)),
    departure: noticeOf(settings.departure.before === null ? null : w.departureBefore(hourOfDay(settings.departure.before, lang)), text(settings.departure.note)),
    furtherInformation: sectionOf(w.furtherInformation, [...legalMentionsOf(facts, w), ...paragraphs(text(settings.furtherInformation))]),
    note: sectionOf(w.note, paragraphs(dossier.note)),
    statusText: paragraphs(statusTextOf(dossier.status, facts)),
    politeness: paragraphs(text(settings.politeness)),
    // An option is a proposal to return signed with the deposit, a confirmed file a contract; a cancelled one is not signed.
    signature: dossier.status === 'CANCELLED' ? null : { request: paragraphs(text(dossier.status === 'OPTION' ? option : contract)), boxes: w.signatureBoxes },
  };
}

function partyOf(heading: string, party: PartyFacts, website: string | null, w: Words): PrintableParty {
  const person = [party.civility, party.firstName, party.lastName].filter(present).join(' ');
  const town = [party.postalCode, party.city].filter(present).join(' ');
  return {
    heading,
    lines: [party.company, person, party.address, party.addressLine2 ?? null, town, party.country]
      .concat(party.phones.length > 0 ? `${w.phone}${w.colon}${party.phones.join(' / ')}` : null, party.email === null ? null : `${w.email}${w.colon}${party.email}`, website)
      .filter(present),
  };
}

/** The company when there is one, else the person: how a letter names its sender. */
const partyName = (party: PartyFacts): string => party.company ?? [party.firstName, party.lastName].filter(present).join(' ');

function stayOf(stay: StayFacts, several: boolean, facts: DocumentFacts, w: Words): PrintableStay {
  const { lang, today } = facts;
  const period = w.stay(longDate(stay.arrival, lang), longDate(stay.departure, lang));
  const { accommodation } = stay;
  const occupants = stay.occupants.filter((range) => range.count > 0).map((range) => `${range.count} ${range.label}`);
  return {
    period: several ? `${accommodation.name}${w.colon}${period.charAt(0).toLocaleLowerCase()}${period.slice(1)}` : period,
    accommodation: [accommodation.name, kindAndStars(accommodation, today, w), placeOf(accommodation), registrationOf(accommodation, w)].filter(present).join(' – '),
    occupants: occupants.length > 0 ? `${w.occupants}${w.colon}${occupants.join(', ')}` : null,
  };
}

/** Stars hold through the classement's last day; an expired one is unclassified again (Code du tourisme, D324-4). */
const classifiedOn = (sheet: AccommodationSheet, today: CalendarDate): boolean => classifiedStarsOn({ stars: sheet.starRating, ...sheet.classification }, today) > 0;

const kindAndStars = (accommodation: AccommodationSheet, today: CalendarDate, w: Words): string =>
  [w.kind[accommodation.kind], classifiedOn(accommodation, today) ? w.stars(accommodation.starRating) : null].filter(present).join(', ');

/** The description's line also says when the classement was decided and how long it holds, when the owner gave its date. */
function kindAndClassement(sheet: AccommodationSheet, facts: DocumentFacts, w: Words): string {
  const { decidedOn, expiresOn } = sheet.classification;
  const dated = classifiedOn(sheet, facts.today) && decidedOn !== null && expiresOn !== null;
  const line = kindAndStars(sheet, facts.today, w);
  return dated ? `${line} (${w.classifiedOn(shortDate(decidedOn, facts.lang), shortDate(expiresOn, facts.lang))})` : line;
}

/** "N° d'enregistrement : 75056 123456 AB", which every offer of a meublé de tourisme shows where its commune asks for it (L324-1-1). */
const registrationOf = (sheet: AccommodationSheet, w: Words): string | null =>
  sheet.registrationNumber === null ? null : `${w.registrationNumber}${w.colon}${printedRegistrationNumber(sheet.registrationNumber, '\u00a0')}`;

/** "4 chemin de l’Arget, 09000 Foix": where the let premises are, as far as the owner wrote it. */
const placeOf = (sheet: AccommodationSheet): string => [sheet.address, [sheet.postalCode, sheet.city].filter(present).join(' ')].filter(present).join(', ');

/** Two stays in the same accommodation name and describe it once. */
const accommodationsOf = (facts: DocumentFacts): AccommodationSheet[] => [
  ...new Map(facts.dossier.stays.map((stay) => [`${stay.accommodation.name}\n${stay.accommodation.city}`, stay.accommodation])).values(),
];

/**
 * What a seasonal let's offer or contract must say that the summary's other lines do not (the
 * parties, the premises' address and classification, the dates, the price with the tourist tax
 * apart, the deposit and the balance are already there): what the deposit's kind commits each
 * side to, the security deposit, where the état descriptif is (meublés de tourisme only), and
 * that there is no right of withdrawal. A cancelled file is no longer an offer: none of it.
 */
function legalMentionsOf(facts: DocumentFacts, w: Words): string[] {
  const { dossier, lang } = facts;
  if (dossier.status === 'CANCELLED') return [];
  const accommodations = accommodationsOf(facts);
  const securityDeposits = accommodations.flatMap((sheet) =>
    sheet.securityDeposit && sheet.securityDeposit.cents > 0 ? [w.securityDeposit(formatAmount(sheet.securityDeposit.cents, lang), accommodations.length > 1 ? sheet.name : null)] : [],
  );
  const holidayRental = accommodations.some((sheet) => sheet.kind === 'HOLIDAY_RENTAL');
  return [w.depositMeaning[dossier.deposit.kind], ...securityDeposits, ...(holidayRental ? [w.descriptionOfPremises] : []), w.noWithdrawal];
}

function pricesOf(facts: DocumentFacts, w: Words): PrintableSummary['prices'] {
  const { dossier, lang } = facts;
  const row = (label: string, cents: number, kind: PrintablePriceRow['kind'] = 'line'): PrintablePriceRow => ({ label, amount: formatAmount(cents, lang), kind });
  const several = dossier.stays.length > 1;
  const stayRows = facts.settings.showPriceDetail
    ? dossier.stays.flatMap((stay) => {
        const of = several ? ` – ${stay.accommodation.name}` : '';
        return [
          row(`${w.accommodationPrice}${of}`, stay.priceBeforeDiscounts.cents),
          ...stay.discounts.map((discount) => row(inLang(discount.label, lang) ?? w.discount, -discount.amount.cents, 'discount')),
          ...(stay.discounts.length > 0 ? [row(`${w.accommodationPriceAfterDiscounts}${of}`, stay.accommodationPrice.cents, 'subtotal')] : []),
          ...stay.supplements.map((supplement) => row(inLang(supplement.label, lang) ?? w.supplement, supplement.amount.cents)),
        ];
      })
    : [];
  const rows = [...stayRows, ...dossier.globalSupplements.map((supplement) => row(supplement.label, supplement.amount.cents))];
  return rows.length > 0 ? { heading: w.priceDetail, rows } : null;
}

function methodLabel(method: PaymentMethod, chequePayableTo: string | null, w: Words): string {
  return method === 'CHEQUE' && chequePayableTo !== null ? `${w.method.CHEQUE} ${w.payableTo(chequePayableTo)}` : w.method[method];
}

function arrivalHours(facts: DocumentFacts, w: Words): string | null {
  const { from, to } = facts.settings.arrival;
  const hour = (value: string) => hourOfDay(value, facts.lang);
  if (from !== null && to !== null) return w.arrivalBetween(hour(from), hour(to));
  if (from !== null) return w.arrivalFrom(hour(from));
  return to === null ? null : w.arrivalBefore(hour(to));
}

/** The hours, with the owner's note below; the note alone when no hour is set. */
function noticeOf(hours: string | null, note: string | null): PrintableNotice | null {
  if (hours !== null) return { text: hours, note };
  return note === null ? null : { text: note, note: null };
}

function statusTextOf(status: DossierStatusFact, facts: DocumentFacts): string | null {
  const texts = facts.settings.statusTexts;
  const byStatus = { OPTION: texts.option, CONFIRMED: texts.confirmed, PAID: texts.paid, CANCELLED: null }[status];
  return byStatus === null ? null : inLang(byStatus, facts.lang);
}

function sheetsOf(facts: DocumentFacts, w: Words): PrintableSheet[] {
  const { lang, settings } = facts;
  return accommodationsOf(facts).map((sheet) => {
    const characteristics = sheet.characteristics.map((label) => inLang(label, lang)).filter(present);
    return {
      name: sheet.name,
      facts: [
        kindAndClassement(sheet, facts, w),
        w.capacity(sheet.capacity.min, sheet.capacity.max),
        sheet.surface === null ? null : `${w.surface}${w.colon}${sheet.surface}\u00a0m²`,
        placeOf(sheet),
        registrationOf(sheet, w),
      ].filter(present),
      characteristics: characteristics.length > 0 ? `${w.characteristics}${w.colon}${characteristics.join(', ')}` : null,
      paragraphs: paragraphs(inLang(sheet.description, lang)),
      images: settings.description.accommodationImages ? sheet.images : [],
    };
  });
}

function establishmentOf(facts: DocumentFacts, name: string): PrintableEstablishment | null {
  const { establishmentText, establishmentImages } = facts.settings.description;
  const text = establishmentText && facts.establishment !== null ? paragraphs(inLang(facts.establishment.description, facts.lang)) : [];
  const images = establishmentImages ? facts.images.establishment : [];
  if (text.length === 0 && images.length === 0) return null;
  return { name: facts.establishment?.name ?? name, paragraphs: text, images };
}

const sectionOf = (heading: string, lines: readonly string[]): PrintableSection | null => (lines.length > 0 ? { heading, paragraphs: lines } : null);

/**
 * One paragraph per line the owner typed; blank lines only separate them. Spaces inside French
 * quotation marks become no-break spaces, so a line never starts with "»".
 */
const paragraphs = (text: string | null): string[] =>
  text === null
    ? []
    : text
        .split(/\r?\n/)
        .map((line) => line.trimEnd().replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»'))
        .filter((line) => line.trim() !== '');

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined && value !== '';
