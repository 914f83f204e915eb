import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { LeadTimeKind } from '../../graphql/graphql';
import { defineMessages, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { SaveFooter } from '../../ui/saving';

const LeadTimeAccommodations = graphql(`
  query SettingsLeadTimeAccommodations {
    accommodations { id name }
  }
`);

const LeadTimeRules = graphql(`
  query SettingsLeadTimeRules($accommodationId: ID!) {
    bookingRules(accommodationId: $accommodationId) { accommodationId closedToArrival closedToDeparture minimumStay timeZone leadTime { kind days hour } }
  }
`);

const SetLeadTime = graphql(`
  mutation SettingsSetBookingRules($input: BookingRulesInput!) {
    setBookingRules(input: $input) { accommodationId closedToArrival closedToDeparture minimumStay timeZone leadTime { kind days hour } }
  }
`);

const messages = defineMessages({
  fr: {
    title: 'Délai de réservation',
    intro: 'Jusqu’à quand avant l’arrivée un client peut réserver en ligne, pour chaque hébergement.',
    none: 'Décrivez d’abord un hébergement.',
    accommodation: 'Hébergement',
    kind: 'Réservation possible',
    SAME_DAY: 'le jour même',
    SAME_DAY_UNTIL: 'le jour même, avant une heure donnée',
    NEXT_DAY: 'au plus tard la veille',
    NEXT_DAY_UNTIL: 'la veille, avant une heure donnée',
    DAYS_AHEAD: 'un nombre de jours à l’avance',
    days: 'Jours à l’avance au moins',
    hour: 'Avant (heure, de 1 à 23)',
    save: 'Enregistrer le délai',
    saved: 'Délai de réservation enregistré.',
  },
  en: {
    title: 'Booking lead time',
    intro: 'How soon before arrival a guest may book online, for each accommodation.',
    none: 'Describe an accommodation first.',
    accommodation: 'Accommodation',
    kind: 'Booking allowed',
    SAME_DAY: 'on the day',
    SAME_DAY_UNTIL: 'on the day, before a given hour',
    NEXT_DAY: 'the day before at the latest',
    NEXT_DAY_UNTIL: 'the day before, before a given hour',
    DAYS_AHEAD: 'a number of days ahead',
    days: 'At least this many days ahead',
    hour: 'Before (hour, 1 to 23)',
    save: 'Save the lead time',
    saved: 'Booking lead time saved.',
  },
});

const KINDS: readonly LeadTimeKind[] = ['SAME_DAY', 'SAME_DAY_UNTIL', 'NEXT_DAY', 'NEXT_DAY_UNTIL', 'DAYS_AHEAD'];

/** Each accommodation's lead time; setBookingRules replaces the rules as a whole, so the others are sent back as read. */
export function LeadTimeSettings() {
  const t = useMessages(messages);
  const [list] = useQuery({ query: LeadTimeAccommodations });
  const [chosen, setChosen] = useState<string | null>(null);
  const accommodations = list.data?.accommodations ?? [];
  const accommodationId = chosen ?? accommodations[0]?.id ?? null;
  return (
    <section className="card" aria-labelledby="settings-lead-time">
      <h2 id="settings-lead-time">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <ErrorMessage error={list.error} />
      {list.data && accommodations.length === 0 && <p>{t('none')}</p>}
      {accommodationId && (
        <div className="form">
          <label>
            {t('accommodation')}
            <select value={accommodationId} onChange={(event) => setChosen(event.target.value)}>
              {accommodations.map((a) => (
                <option key={a.id} value={a.id}>{a.name}</option>
              ))}
            </select>
          </label>
          <LeadTimeForm key={accommodationId} accommodationId={accommodationId} />
        </div>
      )}
    </section>
  );
}

function LeadTimeForm({ accommodationId }: { accommodationId: string }) {
  const t = useMessages(messages);
  const [rules] = useQuery({ query: LeadTimeRules, variables: { accommodationId } });
  const [edited, setEdited] = useState<{ kind: LeadTimeKind; days: string; hour: string } | null>(null);
  const [saved, setSaved] = useState(false);
  const [result, save] = useMutation(SetLeadTime);
  if (!rules.data) return <ErrorMessage error={rules.error} />;
  const current = rules.data.bookingRules;
  const form = edited ?? { kind: current.leadTime.kind, days: String(current.leadTime.days ?? 2), hour: String(current.leadTime.hour ?? 18) };
  const set = (change: Partial<typeof form>) => {
    setSaved(false);
    setEdited({ ...form, ...change });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const answer = await save({
      input: {
        accommodationId,
        closedToArrival: current.closedToArrival,
        closedToDeparture: current.closedToDeparture,
        minimumStay: current.minimumStay,
        timeZone: current.timeZone,
        leadTime: {
          kind: form.kind,
          days: form.kind === 'DAYS_AHEAD' ? Number(form.days) : null,
          hour: form.kind.endsWith('_UNTIL') ? Number(form.hour) : null,
        },
      },
    });
    if (answer.data) setSaved(true);
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)}>
      <label>
        {t('kind')}
        <select value={form.kind} onChange={(event) => set({ kind: event.target.value as LeadTimeKind })}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>{t(kind)}</option>
          ))}
        </select>
      </label>
      {form.kind === 'DAYS_AHEAD' && (
        <label>
          {t('days')}
          <input type="number" min={1} required value={form.days} onChange={(event) => set({ days: event.target.value })} />
        </label>
      )}
      {form.kind.endsWith('_UNTIL') && (
        <label>
          {t('hour')}
          <input type="number" min={1} max={23} required value={form.hour} onChange={(event) => set({ hour: event.target.value })} />
        </label>
      )}
      <SaveFooter label={t('save')} saved={saved} savedText={t('saved')} busy={result.fetching} error={result.error} />
    </form>
  );
}
