import { assertNever } from '../../../shared/kernel/assert-never';
import { addDays, daysBetween } from '../../../shared/kernel/calendar-date';
import { longDate, longDateTime } from '../../../shared/kernel/formats';
import type { Lang } from '../../../shared/kernel/lang';
import type { ClashFacts, FeedSilentEmailFacts, ImportConflictEmailFacts, ImportConflictFacts, SyncEmailFacts } from '../../domain/email/email-facts';
import { quoted } from './booking-email-text';
import { oneLine, ownerAlertText, type EmailText } from './email-text';

/**
 * The owners are in metropolitan France and a feed's instants carry no zone of their own: a
 * calendar's last reading is told as the clocks there read it.
 */
const OWNER_ZONE = 'Europe/Paris';

interface Dates {
  readonly arrival: string;
  readonly departure: string;
}

/** What an import conflict's email says of one stay, already written in its language. */
interface StayFigures {
  readonly stay: Dates & { readonly nights: number; readonly lastNight: string };
  readonly clash: ClashFacts;
  readonly clashDates: Dates;
}

interface ConflictFigures extends StayFigures {
  readonly accommodation: string;
  readonly calendar: string;
}

/** One import's several conflicts: those listed, and how many in all. */
interface ConflictsFigures {
  readonly accommodation: string;
  readonly calendar: string;
  readonly listed: readonly StayFigures[];
  readonly count: number;
  readonly unlisted: number;
}

interface SyncWords {
  /** What holds the nights, first as it is introduced, then as it is named again. */
  readonly clash: (clash: ClashFacts) => { readonly first: string; readonly again: string };
  readonly conflict: (f: ConflictFigures) => { readonly subject: string; readonly paragraphs: readonly string[] };
  readonly conflicts: (f: ConflictsFigures) => { readonly subject: string; readonly paragraphs: readonly string[] };
  readonly silent: (accommodation: string, calendar: string, since: string | null) => { readonly subject: string; readonly paragraphs: readonly string[] };
}

/** A name in English quotes. */
const inQuotes = (name: string): string => `“${name}”`;

/* French then English side by side, as in `email-wording.ts`. */
const FR: SyncWords = {
  clash: (clash) => {
    switch (clash.kind) {
      case 'DOSSIER':
        return clash.number === null ? { first: 'une réservation', again: 'cette réservation' } : { first: `la réservation n° ${clash.number}`, again: `la réservation n° ${clash.number}` };
      case 'PENDING_PAYMENT':
        return clash.number === null
          ? { first: 'une réservation en ligne en attente de paiement', again: 'cette réservation en ligne' }
          : { first: `la réservation en ligne n° ${clash.number}, en attente de paiement`, again: `la réservation en ligne n° ${clash.number}` };
      case 'BLOCK':
        return { first: clash.reason ? `une période que vous avez bloquée (${quoted(clash.reason)})` : 'une période que vous avez bloquée', again: 'cette période bloquée' };
      case 'IMPORTED':
        return clash.calendar ? { first: `un séjour du calendrier importé ${quoted(clash.calendar)}`, again: `le séjour du calendrier ${quoted(clash.calendar)}` } : { first: "un séjour d'un autre calendrier importé", again: 'ce séjour importé' };
      default:
        return assertNever(clash);
    }
  },
  conflict: (f) => {
    const clash = FR.clash(f.clash);
    const nights = f.stay.nights === 1 ? '1 nuit' : `${f.stay.nights} nuits`;
    return {
      subject: `Conflit de calendrier : ${f.accommodation}, du ${f.stay.arrival} au ${f.stay.departure}`,
      paragraphs: [
        `Le calendrier ${quoted(f.calendar)} que vous importez pour ${quoted(f.accommodation)} indique un séjour du ${f.stay.arrival} au ${f.stay.departure}, soit ${nights}, la dernière étant celle du ${f.stay.lastNight}.`,
        `Sur votre planning, ces nuits sont déjà occupées, en tout ou en partie, par ${clash.first}, du ${f.clashDates.arrival} au ${f.clashDates.departure}.`,
        `Il s'agit peut-être d'une double réservation. Nous n'avons rien modifié : ${clash.again} reste en place sur votre planning, et le séjour indiqué par ${quoted(f.calendar)} n'y a pas été ajouté.`,
        f.clash.kind === 'IMPORTED'
          ? `Merci de vérifier ce séjour sur la plateforme du calendrier ${quoted(f.calendar)} et ${clash.again} sur la sienne : si l'un des deux n'a pas lieu d'être, annulez-le ou fermez ces dates sur sa plateforme.`
          : `Merci de vérifier ce séjour sur la plateforme du calendrier ${quoted(f.calendar)} : s'il n'a pas lieu d'être, annulez-le ou fermez-y ces dates ; s'il y est bien réservé, c'est ${clash.again} qu'il faut revoir ici.`,
      ],
    };
  },
  conflicts: (f) => {
    const line = (s: StayFigures) => `– du ${s.stay.arrival} au ${s.stay.departure} (${s.stay.nights === 1 ? '1 nuit' : `${s.stay.nights} nuits`}) : ${FR.clash(s.clash).first}, du ${s.clashDates.arrival} au ${s.clashDates.departure}`;
    const more = f.unlisted === 1 ? ['– et 1 autre séjour dans le même cas'] : f.unlisted > 1 ? [`– et ${f.unlisted} autres séjours dans le même cas`] : [];
    return {
      subject: `Conflits de calendrier : ${f.accommodation}, ${f.count} séjours`,
      paragraphs: [
        `Le calendrier ${quoted(f.calendar)} que vous importez pour ${quoted(f.accommodation)} indique ${f.count} séjours sur des nuits déjà occupées, en tout ou en partie, sur votre planning. Les voici, chacun avec ce qui occupe ses nuits :`,
        [...f.listed.map(line), ...more].join('\n'),
        `Il s'agit peut-être de doubles réservations. Nous n'avons rien modifié : ce qui occupe ces nuits reste en place sur votre planning, et les séjours indiqués par ${quoted(f.calendar)} n'y ont pas été ajoutés.`,
        `Merci de vérifier ces séjours sur la plateforme du calendrier ${quoted(f.calendar)} : si l'un d'eux n'a pas lieu d'être, annulez-le ou fermez-y ses dates ; s'il y est bien réservé, c'est ce qui occupe ses nuits ici qu'il faut revoir.`,
      ],
    };
  },
  silent: (accommodation, calendar, since) => ({
    subject: `Calendrier ${calendar} injoignable : ${accommodation}`,
    paragraphs: [
      since
        ? `Nous n'arrivons plus à lire le calendrier ${quoted(calendar)} que vous importez pour ${quoted(accommodation)} : sa dernière lecture réussie date du ${since}.`
        : `Nous n'avons jamais réussi à lire le calendrier ${quoted(calendar)} que vous importez pour ${quoted(accommodation)}.`,
      since
        ? 'Les séjours réservés depuis sur cette plateforme ne sont peut-être pas bloqués sur votre planning : les mêmes nuits pourraient être réservées deux fois.'
        : 'Les séjours réservés sur cette plateforme ne sont donc pas bloqués sur votre planning : les mêmes nuits pourraient être réservées deux fois.',
      "Vérifiez l'adresse (URL) de ce calendrier : sur la plateforme, dans les réglages de synchronisation ou d'export du calendrier de votre annonce, copiez-la de nouveau et comparez-la à celle enregistrée ici. Si l'annonce a été supprimée ou l'adresse désactivée, générez-en une nouvelle sur la plateforme et remplacez l'ancienne dans vos calendriers importés.",
      "Nous continuons d'essayer de le lire : dès qu'il répondra, l'import reprendra de lui-même.",
    ],
  }),
};

const EN: SyncWords = {
  clash: (clash) => {
    switch (clash.kind) {
      case 'DOSSIER':
        return clash.number === null ? { first: 'a booking', again: 'that booking' } : { first: `booking no. ${clash.number}`, again: `booking no. ${clash.number}` };
      case 'PENDING_PAYMENT':
        return clash.number === null
          ? { first: 'an online booking awaiting payment', again: 'that online booking' }
          : { first: `online booking no. ${clash.number}, awaiting payment`, again: `online booking no. ${clash.number}` };
      case 'BLOCK':
        return { first: clash.reason ? `a period you blocked (${inQuotes(clash.reason)})` : 'a period you blocked', again: 'that blocked period' };
      case 'IMPORTED':
        return clash.calendar ? { first: `a stay of the imported calendar ${inQuotes(clash.calendar)}`, again: `the stay of the calendar ${inQuotes(clash.calendar)}` } : { first: 'a stay of another imported calendar', again: 'that imported stay' };
      default:
        return assertNever(clash);
    }
  },
  conflict: (f) => {
    const clash = EN.clash(f.clash);
    const calendar = inQuotes(f.calendar);
    const nights = f.stay.nights === 1 ? '1 night' : `${f.stay.nights} nights`;
    return {
      subject: `Calendar conflict: ${f.accommodation}, from ${f.stay.arrival} to ${f.stay.departure}`,
      paragraphs: [
        `The calendar ${calendar} you import for ${f.accommodation} lists a stay from ${f.stay.arrival} to ${f.stay.departure}: ${nights}, the last one being the night of ${f.stay.lastNight}.`,
        `On your planning, these nights are already taken, in whole or in part, by ${clash.first}, from ${f.clashDates.arrival} to ${f.clashDates.departure}.`,
        `This may be a double booking. We have changed nothing: ${clash.again} remains as it was on your planning, and the stay listed by ${calendar} has not been added to it.`,
        f.clash.kind === 'IMPORTED'
          ? `Please check this stay on the platform of the calendar ${calendar}, and ${clash.again} on its own: if either should not be there, cancel it or close these dates on its platform.`
          : `Please check this stay on the platform of the calendar ${calendar}: if it should not be there, cancel it or close these dates there; if it is indeed booked there, it is ${clash.again} that needs changing here.`,
      ],
    };
  },
  conflicts: (f) => {
    const calendar = inQuotes(f.calendar);
    const line = (s: StayFigures) => `– from ${s.stay.arrival} to ${s.stay.departure} (${s.stay.nights === 1 ? '1 night' : `${s.stay.nights} nights`}): ${EN.clash(s.clash).first}, from ${s.clashDates.arrival} to ${s.clashDates.departure}`;
    const more = f.unlisted === 1 ? ['– and 1 more stay like these'] : f.unlisted > 1 ? [`– and ${f.unlisted} more stays like these`] : [];
    return {
      subject: `Calendar conflicts: ${f.accommodation}, ${f.count} stays`,
      paragraphs: [
        `The calendar ${calendar} you import for ${f.accommodation} lists ${f.count} stays on nights already taken, in whole or in part, on your planning. Here they are, each with what holds its nights:`,
        [...f.listed.map(line), ...more].join('\n'),
        `These may be double bookings. We have changed nothing: what holds these nights remains as it was on your planning, and the stays listed by ${calendar} have not been added to it.`,
        `Please check these stays on the platform of the calendar ${calendar}: if one should not be there, cancel it or close its dates there; if it is indeed booked there, it is what holds its nights here that needs changing.`,
      ],
    };
  },
  silent: (accommodation, calendar, since) => ({
    subject: `Calendar ${calendar} unreachable: ${accommodation}`,
    paragraphs: [
      since
        ? `We can no longer read the calendar ${inQuotes(calendar)} you import for ${accommodation}: it was last read successfully on ${since}.`
        : `We have never managed to read the calendar ${inQuotes(calendar)} you import for ${accommodation}.`,
      since
        ? 'Stays booked on that platform since then may not be blocked on your planning: the same nights could be booked twice.'
        : 'Stays booked on that platform are therefore not blocked on your planning: the same nights could be booked twice.',
      "Please check the calendar's address (URL): on the platform, in your listing's calendar sync or export settings, copy it again and compare it with the one saved here. If the listing was removed or the address disabled, generate a new one on the platform and replace the old one in your imported calendars.",
      'We keep trying to read it: as soon as it answers, the import will resume by itself.',
    ],
  }),
};

const SYNC_WORDS: Record<Lang, SyncWords> = { FR, EN };

function conflictOpening(facts: ImportConflictEmailFacts, words: SyncWords) {
  const date = (d: string) => longDate(d, facts.lang);
  const figures = ({ stay, clash }: ImportConflictFacts): StayFigures => ({
    stay: { arrival: date(stay.arrival), departure: date(stay.departure), nights: daysBetween(stay.arrival, stay.departure), lastNight: date(addDays(stay.departure, -1)) },
    clash: clash.kind === 'BLOCK' ? { ...clash, reason: clash.reason && oneLine(clash.reason) } : clash.kind === 'IMPORTED' ? { ...clash, calendar: clash.calendar && oneLine(clash.calendar) } : clash,
    clashDates: { arrival: date(clash.arrival), departure: date(clash.departure) },
  });
  const accommodation = oneLine(facts.accommodationName);
  const calendar = oneLine(facts.calendar);
  if (facts.others.length === 0 && facts.unlisted === 0) return words.conflict({ accommodation, calendar, ...figures(facts) });
  const listed = [facts, ...facts.others].map(figures);
  return words.conflicts({ accommodation, calendar, listed, count: listed.length + facts.unlisted, unlisted: facts.unlisted });
}

function silentOpening(facts: FeedSilentEmailFacts, words: SyncWords) {
  const since = facts.lastSuccessAt && longDateTime(facts.lastSuccessAt, OWNER_ZONE, facts.lang);
  return words.silent(oneLine(facts.accommodationName), oneLine(facts.calendar), since);
}

/** The words of an email to the owner about a calendar they import, from its facts. */
export function syncEmailText(facts: SyncEmailFacts): EmailText {
  const words = SYNC_WORDS[facts.lang];
  const opening = facts.kind === 'OWNER_IMPORT_CONFLICT' ? conflictOpening(facts, words) : silentOpening(facts, words);
  return ownerAlertText(facts, opening);
}
