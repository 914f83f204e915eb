import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import type { GuestInput } from '../../graphql/graphql';
import { defineMessages, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { Saved } from '../../ui/saving';
import type { FileData } from './file-query';

const ChangeGuest = graphql(`
  mutation DossiersChangeGuest($id: ID!, $guest: GuestInput!) {
    changeDossierGuest(id: $id, guest: $guest) { id status }
  }
`);

const FIELDS = ['civility', 'lastName', 'firstName', 'company', 'email', 'phone1', 'phone2', 'phone3', 'fax', 'address', 'addressLine2', 'postalCode', 'city', 'country'] as const;
type Field = (typeof FIELDS)[number];

const messages = defineMessages({
  fr: {
    title: 'Client',
    edit: 'Modifier le client',
    save: 'Enregistrer le client',
    cancel: 'Annuler la modification',
    saved: 'Client enregistré.',
    erased: 'Les données de ce client ont été effacées.',
    lastNameNeeded: 'Le nom est obligatoire.',
    civility: 'Civilité',
    lastName: 'Nom',
    firstName: 'Prénom',
    company: 'Société',
    email: 'E-mail',
    phone1: 'Téléphone',
    phone2: 'Téléphone 2',
    phone3: 'Téléphone 3',
    fax: 'Fax',
    address: 'Adresse',
    addressLine2: 'Complément d’adresse',
    postalCode: 'Code postal',
    city: 'Ville',
    country: 'Pays',
  },
  en: {
    title: 'Guest',
    edit: 'Edit the guest',
    save: 'Save the guest',
    cancel: 'Cancel editing',
    saved: 'Guest saved.',
    erased: 'This guest’s data was erased.',
    lastNameNeeded: 'The last name is required.',
    civility: 'Title',
    lastName: 'Last name',
    firstName: 'First name',
    company: 'Company',
    email: 'Email',
    phone1: 'Phone',
    phone2: 'Phone 2',
    phone3: 'Phone 3',
    fax: 'Fax',
    address: 'Address',
    addressLine2: 'Address line 2',
    postalCode: 'Postal code',
    city: 'City',
    country: 'Country',
  },
});

/** Who the file is for; the API replaces the guest as a whole, so the form sends every field. */
export function GuestPart({ file }: { file: FileData }) {
  const t = useMessages(messages);
  const [editing, setEditing] = useState(false);
  const [form, setForm] = useState<Record<Field, string>>(() => fromGuest(file.guest));
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [result, change] = useMutation(ChangeGuest);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!form.lastName.trim()) return setProblem(t('lastNameNeeded'));
    setProblem(null);
    const guest: GuestInput = { lastName: form.lastName.trim() };
    for (const field of FIELDS) if (field !== 'lastName') guest[field] = form[field].trim() || null;
    const answer = await change({ id: file.id, guest });
    if (!answer.data) return;
    setEditing(false);
    setSaved(true);
  };

  return (
    <section className="card dossiers-part" aria-labelledby="dossiers-guest">
      <h2 id="dossiers-guest">{t('title')}</h2>
      {file.guestErasedAt && <p className="muted">{t('erased')}</p>}
      {!editing ? (
        <>
          <dl className="dossiers-details">
            {FIELDS.filter((f) => file.guest[f]).map((f) => (
              <div key={f}>
                <dt>{t(f)}</dt>
                <dd>{f === 'email' ? <a href={`mailto:${file.guest.email}`}>{file.guest.email}</a> : f.startsWith('phone') ? <a href={`tel:${file.guest[f]}`}>{file.guest[f]}</a> : file.guest[f]}</dd>
              </div>
            ))}
          </dl>
          {saved && <Saved text={t('saved')} />}
          {!file.guestErasedAt && (
            <button
              type="button"
              onClick={() => {
                setForm(fromGuest(file.guest));
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('edit')}
            </button>
          )}
        </>
      ) : (
        <form className="form" onSubmit={(event) => void submit(event)} noValidate>
          {FIELDS.map((f) => (
            <label key={f}>
              {t(f)}
              <input
                value={form[f]}
                type={f === 'email' ? 'email' : f.startsWith('phone') || f === 'fax' ? 'tel' : 'text'}
                autoComplete="off"
                required={f === 'lastName'}
                onChange={(e) => setForm({ ...form, [f]: e.target.value })}
              />
            </label>
          ))}
          {problem && (
            <p role="alert" className="error">
              {problem}
            </p>
          )}
          <ErrorMessage error={result.error} />
          <div className="toolbar">
            <button type="submit" className="primary" disabled={result.fetching}>
              {t('save')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function fromGuest(guest: FileData['guest']): Record<Field, string> {
  return Object.fromEntries(FIELDS.map((f) => [f, guest[f] ?? ''])) as Record<Field, string>;
}
