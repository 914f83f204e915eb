import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { longDay } from '../../format';
import type { Visibility } from '../../graphql/graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { Saved } from '../../ui/saving';
import { ArchiveAccommodation, RestoreAccommodation, SetAccommodationRegistration, SetAccommodationVisibility } from './operations';
import type { Accommodation } from './sheet';

const messages = defineMessages({
  fr: {
    visibilityTitle: 'Visibilité',
    visibility: 'Visibilité de l’hébergement',
    BOOKABLE: 'Réservable en ligne',
    LISTED: 'Visible, sans réservation en ligne',
    HIDDEN: 'Masqué',
    saveVisibility: 'Enregistrer la visibilité',
    visibilitySaved: 'Visibilité enregistrée.',
    registrationTitle: 'Enregistrement et classement',
    registrationNumber: 'Numéro d’enregistrement (meublé de tourisme)',
    registrationRequired: 'Ma commune exige un numéro d’enregistrement',
    decidedOn: 'Date de la décision de classement',
    saveRegistration: 'Enregistrer',
    registrationSaved: 'Enregistrement et classement enregistrés.',
    expires: 'Classement valable jusqu’au {day}.',
    expired: 'Classement arrivé à échéance le {day} : l’hébergement compte comme non classé.',
    guestRoom: 'Le numéro d’enregistrement ne concerne que les meublés de tourisme.',
    archiveTitle: 'Archivage',
    archiveIntro: 'Un hébergement archivé est masqué et retiré des listes ; son historique est conservé.',
    archive: 'Archiver l’hébergement',
    restoreIntro: 'Cet hébergement est archivé. Restaurez-le pour le modifier de nouveau (il reste masqué).',
    restore: 'Restaurer l’hébergement',
  },
  en: {
    visibilityTitle: 'Visibility',
    visibility: 'Visibility of the accommodation',
    BOOKABLE: 'Bookable online',
    LISTED: 'Visible, not bookable online',
    HIDDEN: 'Hidden',
    saveVisibility: 'Save visibility',
    visibilitySaved: 'Visibility saved.',
    registrationTitle: 'Registration and classification',
    registrationNumber: 'Registration number (holiday rental)',
    registrationRequired: 'My town requires a registration number',
    decidedOn: 'Date of the classification decision',
    saveRegistration: 'Save',
    registrationSaved: 'Registration and classification saved.',
    expires: 'Classification valid until {day}.',
    expired: 'Classification ended on {day}: the accommodation counts as unclassified.',
    guestRoom: 'Registration numbers concern holiday rentals only.',
    archiveTitle: 'Archiving',
    archiveIntro: 'An archived accommodation is hidden and left out of lists; its history is kept.',
    archive: 'Archive the accommodation',
    restoreIntro: 'This accommodation is archived. Restore it to change it again (it stays hidden).',
    restore: 'Restore the accommodation',
  },
});

const VISIBILITIES: readonly Visibility[] = ['BOOKABLE', 'LISTED', 'HIDDEN'];

/** Who sees the accommodation and whether guests book it online. */
export function VisibilityChoice({ value, onChange }: { readonly value: Visibility; readonly onChange: (visibility: Visibility) => void }) {
  const t = useMessages(messages);
  return (
    <fieldset>
      <legend>{t('visibility')}</legend>
      {VISIBILITIES.map((v) => (
        <label key={v} className="check">
          <input type="radio" name="accommodations-visibility" value={v} checked={value === v} onChange={() => onChange(v)} />
          {t(v)}
        </label>
      ))}
    </fieldset>
  );
}

/** Visibility, the legal registration and classement, and archiving, each saved on its own. */
export function Publication({ accommodation }: { readonly accommodation: Accommodation }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [visibility, setVisibility] = useState<Visibility>(accommodation.visibility);
  const [registration, setRegistration] = useState({
    registrationNumber: accommodation.registrationNumber ?? '',
    registrationRequired: accommodation.registrationRequired,
    classificationDecidedOn: accommodation.classification.decidedOn ?? '',
  });
  const [done, setDone] = useState<'visibilitySaved' | 'registrationSaved' | null>(null);
  const [visibilityResult, saveVisibility] = useMutation(SetAccommodationVisibility);
  const [registrationResult, saveRegistration] = useMutation(SetAccommodationRegistration);
  const [archiveResult, archive] = useMutation(ArchiveAccommodation);
  const [restoreResult, restore] = useMutation(RestoreAccommodation);
  const rental = accommodation.kind === 'HOLIDAY_RENTAL';

  const submitVisibility = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if ((await saveVisibility({ id: accommodation.id, visibility })).data) setDone('visibilitySaved');
  };
  const submitRegistration = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const input = {
      registrationNumber: rental && registration.registrationNumber.trim() !== '' ? registration.registrationNumber.trim() : null,
      registrationRequired: rental ? registration.registrationRequired : null,
      classificationDecidedOn: registration.classificationDecidedOn === '' ? null : registration.classificationDecidedOn,
    };
    if ((await saveRegistration({ id: accommodation.id, input })).data) setDone('registrationSaved');
  };

  if (accommodation.archived) {
    return (
      <section className="card">
        <h2>{t('archiveTitle')}</h2>
        <p>{t('restoreIntro')}</p>
        <ErrorMessage error={restoreResult.error} />
        <button type="button" className="primary" disabled={restoreResult.fetching} onClick={() => void restore({ id: accommodation.id })}>{t('restore')}</button>
      </section>
    );
  }
  const { classification } = accommodation;
  return (
    <>
      {done && <Saved text={t(done)} />}
      <section className="card">
        <h2>{t('visibilityTitle')}</h2>
        <form className="form" onSubmit={(event) => void submitVisibility(event)}>
          <VisibilityChoice value={visibility} onChange={setVisibility} />
          <ErrorMessage error={visibilityResult.error} />
          <button type="submit" disabled={visibilityResult.fetching}>{t('saveVisibility')}</button>
        </form>
      </section>
      <section className="card">
        <h2>{t('registrationTitle')}</h2>
        <form className="form" onSubmit={(event) => void submitRegistration(event)}>
          {rental ? (
            <>
              <label>
                {t('registrationNumber')}
                <input value={registration.registrationNumber} onChange={(event) => setRegistration({ ...registration, registrationNumber: event.target.value })} />
              </label>
              <label className="check">
                <input type="checkbox" checked={registration.registrationRequired} onChange={(event) => setRegistration({ ...registration, registrationRequired: event.target.checked })} />
                {t('registrationRequired')}
              </label>
            </>
          ) : (
            <p className="muted">{t('guestRoom')}</p>
          )}
          <label>
            {t('decidedOn')}
            <input type="date" value={registration.classificationDecidedOn} onChange={(event) => setRegistration({ ...registration, classificationDecidedOn: event.target.value })} />
          </label>
          {classification.expiresOn && (
            <p className={classification.status === 'EXPIRED' ? 'error' : 'muted'}>
              {t(classification.status === 'EXPIRED' ? 'expired' : 'expires', { day: longDay(classification.expiresOn, lang) })}
            </p>
          )}
          <ErrorMessage error={registrationResult.error} />
          <button type="submit" disabled={registrationResult.fetching}>{t('saveRegistration')}</button>
        </form>
      </section>
      <section className="card">
        <h2>{t('archiveTitle')}</h2>
        <p>{t('archiveIntro')}</p>
        <ErrorMessage error={archiveResult.error} />
        <button type="button" className="danger" disabled={archiveResult.fetching} onClick={() => void archive({ id: accommodation.id })}>{t('archive')}</button>
      </section>
    </>
  );
}
