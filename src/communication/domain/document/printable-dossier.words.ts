import type { Lang } from '../../../shared/kernel/lang';
import type { DepositKind, PaymentMethod } from '../../../shared/kernel/payment-terms';
import type { AccommodationSheet, DossierStatusFact } from './document-facts';

/**
 * What the document says in each language; French typography puts a no-break space before a colon.
 *
 * The legal mentions of a seasonal let are written from the texts they cite:
 * - Code de la consommation, art. L214-1: "sauf stipulation contraire, […] les sommes versées
 *   d'avance sont des arrhes, au sens de l'article 1590 du code civil. Dans ce cas, chacun des
 *   contractants peut revenir sur son engagement, le consommateur en perdant les arrhes, le
 *   professionnel en les restituant au double." An acompte is that "stipulation contraire": it
 *   must be named as such, and binds both sides to the contract.
 * - Code du tourisme, art. L324-2: "toute offre ou contrat de location saisonnière doit revêtir la
 *   forme écrite et contenir l'indication du prix demandé ainsi qu'un état descriptif des lieux."
 *   It is about meublés de tourisme, not chambres d'hôtes.
 * - Code de la consommation, art. L221-28 12° (formerly L121-21-8): no right of withdrawal for
 *   accommodation "qui doi[t] être fourni[e] à une date ou à une période déterminée".
 */
const FR = {
  colon: '\u00a0: ',
  of: 'de',
  ownerHeading: 'Propriétaire',
  guestHeading: 'Locataire',
  phone: 'Tél.',
  email: 'Courriel',
  placeAndDate: (city: string | null, date: string) => (city === null ? `Le ${date}` : `${city}, le ${date}`),
  fileNumber: (n: number) => `Dossier n°\u00a0${n}`,
  title: { OPTION: 'Proposition de location', CONFIRMED: 'Contrat de location', PAID: 'Contrat de location', CANCELLED: 'Réservation annulée' } satisfies Record<DossierStatusFact, string>,
  stay: (from: string, to: string) => `Séjour du ${from} au ${to}`,
  occupants: 'Occupants',
  kind: { HOLIDAY_RENTAL: 'Location de vacances', GUEST_ROOM: "Chambre d'hôtes" } satisfies Record<AccommodationSheet['kind'], string>,
  stars: (n: number) => `${n}\u00a0étoile${n > 1 ? 's' : ''}`,
  classifiedOn: (decidedOn: string, until: string) => `classement du ${decidedOn}, valable jusqu'au ${until}`,
  registrationNumber: "N°\u00a0d'enregistrement",
  priceDetail: 'Détail du prix',
  accommodationPrice: "Prix de l'hébergement",
  accommodationPriceAfterDiscounts: "Prix de l'hébergement, remise déduite",
  discount: 'Remise',
  supplement: 'Supplément',
  total: 'Total',
  discountDeducted: (amount: string) => `(remise de ${amount} déduite)`,
  touristTax: 'Taxe de séjour (en sus)',
  depositKind: { ARRHES: 'Arrhes', ACOMPTE: 'Acompte' } satisfies Record<DepositKind, string>,
  depositPaid: { ARRHES: '(réglées)', ACOMPTE: '(réglé)' } satisfies Record<DepositKind, string>,
  dueBefore: (date: string) => `à régler avant le ${date}`,
  paid: 'Déjà réglé',
  balance: 'Solde',
  dueOn: (date: string) => `à régler le ${date}`,
  paymentMethods: 'Modes de règlement acceptés',
  method: { CHEQUE: 'chèque', HOLIDAY_VOUCHERS: 'chèques vacances ANCV', TRANSFER: 'virement bancaire', CASH: 'espèces', CARD: 'carte bancaire', ONLINE: 'paiement en ligne' } satisfies Record<PaymentMethod, string>,
  payableTo: (name: string) => `(à l'ordre de ${name})`,
  arrivalBetween: (from: string, to: string) => `Arrivée entre ${from} et ${to}`,
  arrivalFrom: (from: string) => `Arrivée à partir de ${from}`,
  arrivalBefore: (to: string) => `Arrivée avant ${to}`,
  departureBefore: (hour: string) => `Départ avant ${hour}`,
  furtherInformation: 'Informations complémentaires',
  depositMeaning: {
    ARRHES:
      "Les sommes versées sont des arrhes (article L214-1 du Code de la consommation)\u00a0: le locataire qui renonce au séjour les perd\u00a0; le propriétaire qui y renonce les restitue au double.",
    ACOMPTE:
      'Les sommes versées sont un acompte, et non des arrhes (article L214-1 du Code de la consommation)\u00a0: il engage définitivement les deux parties\u00a0; le locataire reste redevable du prix convenu, le propriétaire qui renonce au séjour rembourse et peut devoir des dommages et intérêts.',
  } satisfies Record<DepositKind, string>,
  securityDeposit: (amount: string, accommodation: string | null) =>
    `Dépôt de garantie${accommodation === null ? '' : ` (${accommodation})`}\u00a0: ${amount}, remis à l'arrivée et non compris dans le prix du séjour.`,
  descriptionOfPremises: "L'état descriptif des lieux (article L324-2 du Code du tourisme) figure ci-après et fait partie du présent document.",
  noWithdrawal:
    "Conformément à l'article L221-28 12° du Code de la consommation, le droit de rétractation ne s'applique pas à cette prestation d'hébergement fournie à des dates déterminées.",
  note: 'Remarques',
  signatureBoxes: [
    { heading: 'Le propriétaire', caption: 'Date et signature' },
    { heading: 'Le locataire', caption: 'Date et signature' },
  ],
  descriptionHeading: 'État descriptif des lieux',
  capacity: (min: number, max: number) => (min === max ? `${max}\u00a0personne${max > 1 ? 's' : ''}` : min <= 1 ? `Jusqu'à ${max}\u00a0personnes` : `${min} à ${max}\u00a0personnes`),
  surface: 'Surface',
  characteristics: 'Équipements',
  termsHeading: 'Conditions générales de vente',
  page: 'Page',
  pageOf: '/',
};

export type Words = typeof FR;

/** "Arrhes" and "acompte" have no English twin with the same legal effect: the English keeps them, and says what they commit to. */
const EN: Words = {
  colon: ': ',
  of: 'of',
  ownerHeading: 'Owner',
  guestHeading: 'Guest',
  phone: 'Phone',
  email: 'Email',
  placeAndDate: (city, date) => (city === null ? date : `${city}, ${date}`),
  fileNumber: (n) => `Booking no.\u00a0${n}`,
  title: { OPTION: 'Rental proposal', CONFIRMED: 'Rental contract', PAID: 'Rental contract', CANCELLED: 'Cancelled booking' },
  stay: (from, to) => `Stay from ${from} to ${to}`,
  occupants: 'Occupants',
  kind: { HOLIDAY_RENTAL: 'Holiday rental', GUEST_ROOM: 'Guest room' },
  stars: (n) => `${n}\u00a0star${n > 1 ? 's' : ''}`,
  classifiedOn: (decidedOn, until) => `classified on ${decidedOn}, valid until ${until}`,
  registrationNumber: 'Registration number',
  priceDetail: 'Price detail',
  accommodationPrice: 'Accommodation price',
  accommodationPriceAfterDiscounts: 'Accommodation price after discount',
  discount: 'Discount',
  supplement: 'Supplement',
  total: 'Total',
  discountDeducted: (amount) => `(${amount} discount deducted)`,
  touristTax: 'Tourist tax (not included)',
  depositKind: { ARRHES: 'Deposit (arrhes)', ACOMPTE: 'Deposit (acompte)' },
  depositPaid: { ARRHES: '(paid)', ACOMPTE: '(paid)' },
  dueBefore: (date) => `due by ${date}`,
  paid: 'Already paid',
  balance: 'Balance',
  dueOn: (date) => `due on ${date}`,
  paymentMethods: 'Accepted payment methods',
  method: { CHEQUE: 'cheque', HOLIDAY_VOUCHERS: 'ANCV holiday vouchers', TRANSFER: 'bank transfer', CASH: 'cash', CARD: 'bank card', ONLINE: 'online payment' },
  payableTo: (name) => `(payable to ${name})`,
  arrivalBetween: (from, to) => `Arrival between ${from} and ${to}`,
  arrivalFrom: (from) => `Arrival from ${from}`,
  arrivalBefore: (to) => `Arrival before ${to}`,
  departureBefore: (hour) => `Departure before ${hour}`,
  furtherInformation: 'Further information',
  depositMeaning: {
    ARRHES:
      'The sums paid are arrhes (article L214-1 of the French Consumer Code): a guest who withdraws from the stay forfeits them; an owner who withdraws from it pays back twice their amount.',
    ACOMPTE:
      'The sums paid are an acompte, not arrhes (article L214-1 of the French Consumer Code): it binds both parties for good; the guest still owes the agreed price, and an owner who withdraws from the stay refunds it and may owe damages.',
  },
  securityDeposit: (amount, accommodation) => `Security deposit${accommodation === null ? '' : ` (${accommodation})`}: ${amount}, handed over on arrival and not part of the price of the stay.`,
  descriptionOfPremises: 'The description of the premises (article L324-2 of the French Tourism Code) follows and forms part of this document.',
  noWithdrawal: 'Under article L221-28 12° of the French Consumer Code, the right of withdrawal does not apply to this accommodation service, provided on set dates.',
  note: 'Notes',
  signatureBoxes: [
    { heading: 'The owner', caption: 'Date and signature' },
    { heading: 'The guest', caption: 'Date and signature' },
  ],
  descriptionHeading: 'Description of the premises',
  capacity: (min, max) => (min === max ? `${max}\u00a0${max > 1 ? 'people' : 'person'}` : min <= 1 ? `Up to ${max}\u00a0people` : `${min} to ${max}\u00a0people`),
  surface: 'Floor area',
  characteristics: 'Features',
  termsHeading: 'General terms and conditions',
  page: 'Page',
  pageOf: 'of',
};

export const WORDS: Record<Lang, Words> = { FR, EN };
