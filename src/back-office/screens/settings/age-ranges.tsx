import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql';
import { defineMessages, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { Saved } from '../../ui/saving';

const AgeRangesQuery = graphql(`
  query SettingsAgeRanges {
    ageRanges { id label minAge maxAge countsTowardsCapacity }
  }
`);

const DefineAgeRange = graphql(`
  mutation SettingsDefineAgeRange($input: AgeRangeInput!) {
    defineAgeRange(input: $input) { id label minAge maxAge countsTowardsCapacity }
  }
`);

const UpdateAgeRange = graphql(`
  mutation SettingsUpdateAgeRange($id: ID!, $input: AgeRangeInput!) {
    updateAgeRange(id: $id, input: $input) { id label minAge maxAge countsTowardsCapacity }
  }
`);

const RemoveAgeRange = graphql(`
  mutation SettingsRemoveAgeRange($id: ID!) {
    removeAgeRange(id: $id)
  }
`);

const messages = defineMessages({
  fr: {
    title: 'Tranches d’âge',
    intro: 'Les occupants d’un séjour sont comptés par tranche d’âge (âges en années, bornes comprises). Les tranches ne doivent pas se chevaucher.',
    label: 'Nom',
    minAge: 'De (ans)',
    maxAge: 'À (ans)',
    counts: 'Compte dans la capacité (un bébé en lit parapluie ne compte pas)',
    save: 'Enregistrer',
    remove: 'Supprimer',
    removed: 'Tranche « {label} » supprimée.',
    saved: 'Tranche « {label} » enregistrée.',
    add: 'Ajouter une tranche d’âge',
    added: 'Tranche « {label} » ajoutée.',
    create: 'Ajouter',
  },
  en: {
    title: 'Age ranges',
    intro: 'A stay’s occupants are counted per age range (ages in years, both bounds included). Ranges must not overlap.',
    label: 'Name',
    minAge: 'From (years)',
    maxAge: 'To (years)',
    counts: 'Counts towards capacity (a baby in a cot does not)',
    save: 'Save',
    remove: 'Remove',
    removed: 'Range “{label}” removed.',
    saved: 'Range “{label}” saved.',
    add: 'Add an age range',
    added: 'Range “{label}” added.',
    create: 'Add',
  },
});

interface Range {
  label: string;
  minAge: string;
  maxAge: string;
  countsTowardsCapacity: boolean;
}

const inputOf = (range: Range) => ({ label: range.label.trim(), minAge: Number(range.minAge), maxAge: Number(range.maxAge), countsTowardsCapacity: range.countsTowardsCapacity });

/** The owner's age ranges: each edited or removed in its own form, and a form to add one. */
export function AgeRangesSettings() {
  const t = useMessages(messages);
  const [result, refetch] = useQuery({ query: AgeRangesQuery });
  const [done, setDone] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <section className="card" aria-labelledby="settings-age-ranges">
      <h2 id="settings-age-ranges">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <ErrorMessage error={result.error} />
      {done && <Saved text={done} />}
      {result.data?.ageRanges.map((range) => (
        <RangeForm
          key={range.id}
          id={range.id}
          initial={{ label: range.label, minAge: String(range.minAge), maxAge: String(range.maxAge), countsTowardsCapacity: range.countsTowardsCapacity }}
          onDone={(message) => {
            setDone(message);
            reload();
          }}
        />
      ))}
      <NewRange
        onDone={(message) => {
          setDone(message);
          reload();
        }}
      />
    </section>
  );
}

function RangeFields({ range, onChange }: { range: Range; onChange: (next: Range) => void }) {
  const t = useMessages(messages);
  return (
    <>
      <div className="settings-row">
        <label>
          {t('label')}
          <input required value={range.label} onChange={(event) => onChange({ ...range, label: event.target.value })} />
        </label>
        <label>
          {t('minAge')}
          <input type="number" min={0} max={120} required value={range.minAge} onChange={(event) => onChange({ ...range, minAge: event.target.value })} />
        </label>
        <label>
          {t('maxAge')}
          <input type="number" min={0} max={120} required value={range.maxAge} onChange={(event) => onChange({ ...range, maxAge: event.target.value })} />
        </label>
      </div>
      <label className="check">
        <input type="checkbox" checked={range.countsTowardsCapacity} onChange={(event) => onChange({ ...range, countsTowardsCapacity: event.target.checked })} />
        {t('counts')}
      </label>
    </>
  );
}

function RangeForm({ id, initial, onDone }: { id: string; initial: Range; onDone: (message: string) => void }) {
  const t = useMessages(messages);
  const [range, setRange] = useState(initial);
  const [updated, update] = useMutation(UpdateAgeRange);
  const [removed, remove] = useMutation(RemoveAgeRange);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await update({ id, input: inputOf(range) });
    if (answer.data) onDone(t('saved', { label: answer.data.updateAgeRange.label }));
  };
  const drop = async () => {
    const answer = await remove({ id });
    if (answer.data?.removeAgeRange) onDone(t('removed', { label: initial.label }));
  };
  return (
    <form className="form settings-range" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>{initial.label}</legend>
        <RangeFields range={range} onChange={setRange} />
        <ErrorMessage error={updated.error ?? removed.error} />
        <div className="settings-row">
          <button type="submit" className="primary" disabled={updated.fetching}>{t('save')}</button>
          <button type="button" className="danger" disabled={removed.fetching} onClick={() => void drop()}>{t('remove')}</button>
        </div>
      </fieldset>
    </form>
  );
}

function NewRange({ onDone }: { onDone: (message: string) => void }) {
  const t = useMessages(messages);
  const empty: Range = { label: '', minAge: '0', maxAge: '0', countsTowardsCapacity: true };
  const [range, setRange] = useState(empty);
  const [result, define] = useMutation(DefineAgeRange);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await define({ input: inputOf(range) });
    if (!answer.data) return;
    setRange(empty);
    onDone(t('added', { label: answer.data.defineAgeRange.label }));
  };
  return (
    <form className="form settings-range" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>{t('add')}</legend>
        <RangeFields range={range} onChange={setRange} />
        <ErrorMessage error={result.error} />
        <div>
          <button type="submit" className="primary" disabled={result.fetching}>{t('create')}</button>
        </div>
      </fieldset>
    </form>
  );
}
