import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Link } from 'wouter';
import { parseEuros, addDays, today } from '../../format';
import { graphql } from '../../graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { ageRangeLabel } from './money';

const CreateDossier = graphql(`
  mutation DashboardCreateDossier($input: CreateDossierInput!) {
    createDossier(input: $input) { id number guest { lastName } }
  }
`);

const messages = defineMessages({
  fr: {
    title: 'Réservation par téléphone',
    intro: 'Un client appelle ? Notez sa réservation : un dossier s’ouvre en option et les nuits sont bloquées.',
    lastName: 'Nom du client',
    firstName: 'Prénom (facultatif)',
    phone: 'Téléphone (facultatif)',
    accommodation: 'Hébergement',
    arrival: 'Arrivée le',
    departure: 'Départ le',
    occupants: 'Nombre de personnes',
    price: 'Prix du séjour en euros (vide : le prix de vos tarifs)',
    submit: 'Enregistrer la réservation',
    badPrice: 'Le prix doit être un montant en euros, par exemple 450 ou 450,00.',
    badDates: 'Le départ doit être après l’arrivée.',
    noOne: 'Indiquez au moins une personne.',
    done: 'Dossier n° {number} créé pour {name}.',
    open: 'Ouvrir le dossier',
  },
  en: {
    title: 'Booking by phone',
    intro: 'A guest is calling? Write their booking down: a file opens as an option and the nights are held.',
    lastName: 'Guest’s last name',
    firstName: 'First name (optional)',
    phone: 'Phone (optional)',
    accommodation: 'Accommodation',
    arrival: 'Arrival on',
    departure: 'Departure on',
    occupants: 'Number of persons',
    price: 'Price of the stay in euros (empty: your rates’ price)',
    submit: 'Save the booking',
    badPrice: 'The price must be an amount in euros, such as 450 or 450.00.',
    badDates: 'The departure must come after the arrival.',
    noOne: 'Say at least one person.',
    done: 'File no. {number} made for {name}.',
    open: 'Open the file',
  },
});

export interface BookableAccommodation {
  readonly id: string;
  readonly name: string;
}
export interface OwnerAgeRange {
  readonly id: string;
  readonly label: string;
}

interface Form {
  lastName: string;
  firstName: string;
  phone: string;
  accommodationId: string;
  arrival: string;
  departure: string;
  counts: Record<string, string>;
  price: string;
}

const blank = (accommodations: readonly BookableAccommodation[], ageRanges: readonly OwnerAgeRange[]): Form => {
  const arrival = addDays(today(), 7);
  return {
    lastName: '',
    firstName: '',
    phone: '',
    accommodationId: accommodations[0]?.id ?? '',
    arrival,
    departure: addDays(arrival, 7),
    counts: Object.fromEntries(ageRanges.map((range, i) => [range.id, i === 0 ? '2' : '0'])),
    price: '',
  };
};

/**
 * The owner takes a booking on the phone: who, where, when, how many and the price agreed.
 * createDossier holds the nights and opens an option; the dashboard is then read again.
 */
export function PhoneBooking({ accommodations, ageRanges, onBooked }: { accommodations: readonly BookableAccommodation[]; ageRanges: readonly OwnerAgeRange[]; onBooked: () => void }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [form, setForm] = useState<Form>(() => blank(accommodations, ageRanges));
  const [problem, setProblem] = useState<'badPrice' | 'badDates' | 'noOne' | null>(null);
  const [made, setMade] = useState<{ id: string; number: number | null; name: string } | null>(null);
  const [result, createDossier] = useMutation(CreateDossier);
  const set = (change: Partial<Form>) => setForm({ ...form, ...change });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMade(null);
    const price = form.price.trim() === '' ? undefined : parseEuros(form.price);
    if (price === null || (price !== undefined && price < 0)) return setProblem('badPrice');
    if (form.departure <= form.arrival) return setProblem('badDates');
    const occupants = ageRanges.map((range) => ({ ageRangeId: range.id, count: Number(form.counts[range.id] || 0) })).filter((o) => o.count > 0);
    if (occupants.length === 0) return setProblem('noOne');
    setProblem(null);
    const answer = await createDossier({
      input: {
        accommodationId: form.accommodationId,
        arrival: form.arrival,
        departure: form.departure,
        occupants,
        price,
        guest: { lastName: form.lastName.trim(), firstName: form.firstName.trim() || undefined, phone1: form.phone.trim() || undefined },
      },
    });
    if (!answer.data) return;
    const dossier = answer.data.createDossier;
    setMade({ id: dossier.id, number: dossier.number ?? null, name: dossier.guest.lastName });
    setForm(blank(accommodations, ageRanges));
    onBooked();
  };

  return (
    <section className="card dashboard-phone" aria-labelledby="dashboard-phone-title">
      <h2 id="dashboard-phone-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      {made && (
        <p role="status" className="success">
          {t('done', { number: made.number ?? '', name: made.name })} <Link href={`/dossiers/${made.id}`}>{t('open')}</Link>
        </p>
      )}
      <form className="form dashboard-phone-form" onSubmit={(event) => void submit(event)}>
        <label>
          {t('lastName')}
          <input required autoComplete="off" value={form.lastName} onChange={(event) => set({ lastName: event.target.value })} />
        </label>
        <label>
          {t('firstName')}
          <input autoComplete="off" value={form.firstName} onChange={(event) => set({ firstName: event.target.value })} />
        </label>
        <label>
          {t('phone')}
          <input type="tel" autoComplete="off" value={form.phone} onChange={(event) => set({ phone: event.target.value })} />
        </label>
        <label>
          {t('accommodation')}
          <select required value={form.accommodationId} onChange={(event) => set({ accommodationId: event.target.value })}>
            {accommodations.map((a) => (
              <option key={a.id} value={a.id}>{a.name}</option>
            ))}
          </select>
        </label>
        <div className="dashboard-pair">
          <label>
            {t('arrival')}
            <input type="date" required value={form.arrival} onChange={(event) => set({ arrival: event.target.value })} />
          </label>
          <label>
            {t('departure')}
            <input type="date" required value={form.departure} onChange={(event) => set({ departure: event.target.value })} />
          </label>
        </div>
        <fieldset className="dashboard-occupants">
          <legend>{t('occupants')}</legend>
          {ageRanges.map((range) => (
            <label key={range.id}>
              {ageRangeLabel(range.label, lang)}
              <input type="number" min={0} max={50} inputMode="numeric" value={form.counts[range.id] ?? '0'} onChange={(event) => set({ counts: { ...form.counts, [range.id]: event.target.value } })} />
            </label>
          ))}
        </fieldset>
        <label>
          {t('price')}
          <input inputMode="decimal" autoComplete="off" value={form.price} onChange={(event) => set({ price: event.target.value })} />
        </label>
        {problem && <p role="alert" className="error">{t(problem)}</p>}
        <ErrorMessage error={result.error} />
        <button type="submit" className="primary" disabled={result.fetching}>{t('submit')}</button>
      </form>
    </section>
  );
}
