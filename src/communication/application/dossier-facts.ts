import { cancellationSettlement, pendingReleaseNotice, type DossierView } from '../../reservation/contracts';
import type { Lang } from '../../shared/kernel/lang';
import { touristTaxLineText } from '../../tarification/contracts';
import { inLang } from '../../shared/kernel/lang';
import { formatPercent } from '../../shared/kernel/formats';
import { euros, sumOf, type Money } from '../../shared/kernel/money';
import type { DocumentFacts, PartyFacts, PrintImage, StayFacts } from '../domain/document/document-facts';
import type { EmailFacts, EmailKind } from '../domain/email/email-facts';
import type { DossierContext } from './dossier-context';

const sum = (amounts: readonly Money[]): Money => euros(sumOf(amounts));

function guestParty(dossier: DossierView): PartyFacts {
  const { guest } = dossier;
  return { ...guest, phones: [guest.phone1, guest.phone2, guest.phone3].filter((p) => p !== null) };
}

/** The images the document may print: the logo, the establishment's, and each accommodation's by id. */
export interface DocumentImages {
  readonly logo: PrintImage | null;
  readonly establishment: readonly PrintImage[];
  readonly accommodations: ReadonlyMap<string, readonly PrintImage[]>;
}

const NO_IMAGES: DocumentImages = { logo: null, establishment: [], accommodations: new Map() };

function stays(context: DossierContext, images: DocumentImages = NO_IMAGES): StayFacts[] {
  return context.dossier.stays.flatMap((stay) => {
    const accommodation = context.accommodations.get(stay.accommodationId);
    if (!accommodation) return [];
    const { pricing } = stay;
    const discounts = sum(pricing.discounts.map((d) => d.amount));
    return [
      {
        arrival: stay.arrival,
        departure: stay.departure,
        accommodation: { ...accommodation, images: images.accommodations.get(stay.accommodationId) ?? [] },
        occupants: stay.occupants.filter((o) => o.count > 0).map((o) => ({ label: context.ageRangeLabels.get(o.ageRangeId) ?? '?', count: o.count })),
        priceBeforeDiscounts: euros(pricing.accommodationPrice.cents + discounts.cents),
        discounts: pricing.discounts,
        accommodationPrice: pricing.accommodationPrice,
        supplements: pricing.supplements,
        touristTax: pricing.touristTax,
        touristTaxLines: touristTaxLinesOf(context.dossier, stay.stayId),
        price: sum([pricing.accommodationPrice, ...pricing.supplements.map((s) => s.amount)]),
      },
    ];
  });
}

/** A stay's tax detail in both languages, when its commune's tables made it. */
function touristTaxLinesOf(dossier: DossierView, stayId: string): { fr: string; en: string }[] {
  const detail = dossier.touristTaxes.find((t) => t.stayId === stayId)?.detail;
  return (detail?.lines ?? []).map((line) => ({ fr: touristTaxLineText(line, 'FR'), en: touristTaxLineText(line, 'EN') }));
}

const handDiscountOf = (dossier: DossierView): Money => (dossier.discount ? dossier.discountAmount : euros(0));

/** The owner's discount on the whole file prints as a line of its own below the stays, taken off. */
function handDiscountLine(dossier: DossierView, lang: Lang): { label: string; amount: Money }[] {
  const { discount } = dossier;
  if (!discount) return [];
  const label = discount.label ?? (lang === 'FR' ? 'Remise' : 'Discount');
  const rate = discount.kind === 'PERCENT' ? ` (${formatPercent(discount.percent, lang)})` : '';
  return [{ label: `${label}${rate}`, amount: euros(-dossier.discountAmount.cents) }];
}

/** What the file's document says in `lang`, on the day it is made. */
export function documentFactsOf(context: DossierContext, lang: Lang, images: DocumentImages): DocumentFacts {
  const { dossier, owner, policy } = context;
  const { establishment: described, email, website, ...details } = owner;
  const establishment = described && { name: described.name, slogan: described.slogan, description: described.description };
  return {
    lang,
    today: context.today,
    settings: context.settings.document,
    establishment,
    owner: { ...details, email, website },
    dossier: {
      number: dossier.number,
      status: dossier.status,
      guest: guestParty(dossier),
      stays: stays(context, images),
      globalSupplements: [...dossier.globalSupplements, ...handDiscountLine(dossier, lang)],
      note: dossier.note,
      total: dossier.total,
      paid: dossier.paid,
      balance: dossier.balance,
      discount: sum([...dossier.stays.flatMap((s) => s.pricing.discounts.map((d) => d.amount)), handDiscountOf(dossier)]),
      deposit: dossier.deposit,
      balanceDueDate: dossier.balanceDueDate,
      touristTax: sum(dossier.stays.map((s) => s.pricing.touristTax)),
    },
    payment: { acceptedMethods: policy.acceptedPaymentMethods, chequePayableTo: policy.chequePayableTo },
    images: { logo: images.logo, establishment: images.establishment },
  };
}

/** The name emails come from: the establishment's, else the owner's. */
export function senderName(context: Pick<DossierContext, 'owner'>): string {
  const { owner } = context;
  return owner.establishment?.name ?? owner.company ?? [owner.firstName, owner.lastName].filter((p) => p !== null).join(' ');
}

/** The owner's own footer in `lang`, or one made from the owner's details. */
export function footerOf(context: Pick<DossierContext, 'owner' | 'settings'>, lang: Lang): string[] {
  const custom = inLang(context.settings.email.footer, lang);
  if (custom !== null) return custom.split('\n');
  const { owner } = context;
  const place = [owner.postalCode, owner.city].filter((p) => p !== null).join(' ');
  return [senderName(context), owner.address, place || null, owner.phones.join(' · ') || null, owner.email, owner.website].filter((line): line is string => line !== null && line !== '');
}

export interface EmailExtras {
  readonly copy?: boolean;
  readonly withDocument?: boolean;
  readonly payment?: EmailFacts['payment'];
}

/** What an email of `kind` about the file says in `lang`. */
export function emailFactsOf(context: DossierContext, kind: EmailKind, lang: Lang, extras: EmailExtras = {}): EmailFacts {
  const { dossier } = context;
  const guest = guestParty(dossier);
  const email = context.settings.email;
  const isDocument = kind === 'DOSSIER_DOCUMENT';
  return {
    kind,
    lang,
    copy: extras.copy ?? false,
    sender: senderName(context),
    dossier: {
      number: dossier.number,
      status: dossier.status,
      guestName: [guest.firstName, guest.lastName].filter((p) => p !== null).join(' '),
      guestEmail: guest.email,
      guestPhone: guest.phones[0] ?? null,
      stays: stays(context).map((s) => ({
        accommodationName: s.accommodation.name,
        arrival: s.arrival,
        departure: s.departure,
        occupants: s.occupants,
        touristTax: s.touristTax,
        touristTaxLines: s.touristTaxLines.map((line) => (lang === 'FR' ? line.fr : line.en)),
      })),
      total: dossier.total,
      paid: dossier.paid,
      balance: dossier.balance,
      deposit: { kind: dossier.deposit.kind, amount: dossier.deposit.amount, dueDate: dossier.deposit.dueDate },
      balanceDueDate: dossier.balanceDueDate,
    },
    payment: extras.payment ?? null,
    ...optionReleaseOf(dossier, kind),
    ...settlementOf(dossier, kind, lang),
    withDocument: extras.withDocument ?? false,
    subject: isDocument ? inLang(email.subject, lang) : null,
    introduction: isDocument ? inLang(email.introduction, lang) : null,
    footer: footerOf(context, lang),
  };
}

/** A cancellation says what becomes of the money, when the owner said who gave up the stay. */
function settlementOf(dossier: DossierView, kind: EmailKind, lang: Lang): Pick<EmailFacts, 'settlement'> {
  const settlement = kind === 'CANCELLATION' ? cancellationSettlement(dossier) : null;
  return settlement ? { settlement: lang === 'FR' ? settlement.explanation.fr : settlement.explanation.en } : {};
}

/** What a reminder or a cancellation says of the release of an unpaid option, when the file has one under way or done. */
function optionReleaseOf(dossier: DossierView, kind: EmailKind): Pick<EmailFacts, 'optionRelease'> {
  const notice = dossier.releaseNotice;
  if (notice === null) return {};
  const pending = kind === 'DEPOSIT_REMINDER' && pendingReleaseNotice(dossier) !== null;
  const released = kind === 'CANCELLATION' && notice.released;
  return pending || released ? { optionRelease: { releaseOn: notice.releaseOn, released } } : {};
}
