import { useState, type ChangeEvent } from 'react';
import { useMutation } from 'urql';
import type { PhotoInput } from '../../graphql/graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { sessionHeaders } from '../../session';
import { ErrorMessage } from '../../ui/error-message';
import { UpdateAccommodation } from './operations';
import { inputFromSheet, photosOf, sheetFromAccommodation, type Accommodation } from './sheet';

const messages = defineMessages({
  fr: {
    title: 'Photos',
    intro: 'Les photos s’affichent dans cet ordre ; la première est la principale. Formats PNG, JPEG ou WebP, 5 Mo au plus.',
    none: 'Aucune photo pour l’instant.',
    add: 'Ajouter une photo',
    uploading: 'Envoi de la photo…',
    uploaded: 'Photo ajoutée.',
    saved: 'Photos enregistrées.',
    photo: 'Photo {n}',
    captionFr: 'Légende en français',
    captionEn: 'Légende en anglais',
    up: 'Monter',
    down: 'Descendre',
    remove: 'Retirer',
    saveCaptions: 'Enregistrer les légendes',
    refused: 'La photo n’a pas été acceptée : {reason}',
    network: 'L’envoi a échoué. Vérifiez votre connexion et réessayez.',
  },
  en: {
    title: 'Photos',
    intro: 'Photos are shown in this order; the first is the main one. PNG, JPEG or WebP, 5 MB at most.',
    none: 'No photo yet.',
    add: 'Add a photo',
    uploading: 'Uploading the photo…',
    uploaded: 'Photo added.',
    saved: 'Photos saved.',
    photo: 'Photo {n}',
    captionFr: 'Caption in French',
    captionEn: 'Caption in English',
    up: 'Move up',
    down: 'Move down',
    remove: 'Remove',
    saveCaptions: 'Save captions',
    refused: 'The photo was not accepted: {reason}',
    network: 'The upload failed. Check your connection and try again.',
  },
});

/** What POST /images answers: the stored image's address on this server. */
interface UploadedImage {
  readonly url: string;
}

/**
 * The accommodation's photos: each file is uploaded to POST /images (the session's cookie and
 * CSRF echo authenticate it), then the accommodation's sheet is saved with the photo list, the
 * API keeping photos in the list's order. Moving or removing a photo saves at once.
 */
export function Photos({ accommodation }: { readonly accommodation: Accommodation }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [result, update] = useMutation(UpdateAccommodation);
  const [photos, setPhotos] = useState<PhotoInput[]>(() => photosOf(accommodation));
  const [status, setStatus] = useState<'uploading' | 'uploaded' | 'saved' | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);

  const save = async (next: PhotoInput[], done: 'uploaded' | 'saved') => {
    const built = inputFromSheet(sheetFromAccommodation(accommodation), next);
    if (!('input' in built)) return;
    const answer = await update({ id: accommodation.id, input: built.input });
    if (answer.data) {
      setPhotos(photosOf(answer.data.updateAccommodation));
      setStatus(done);
    } else {
      setStatus(null);
    }
  };

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    setUploadError(null);
    setStatus('uploading');
    try {
      const response = await fetch('/images', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { ...sessionHeaders(lang), 'content-type': file.type || 'application/octet-stream' },
        body: file,
      });
      const body = (await response.json()) as Partial<UploadedImage> & { message?: string | string[] };
      if (!response.ok || typeof body.url !== 'string') {
        setStatus(null);
        setUploadError(t('refused', { reason: [body.message ?? response.statusText].flat().join(' ') }));
        return;
      }
      await save([...photos, { url: new URL(body.url, window.location.origin).href, caption: { fr: null, en: null } }], 'uploaded');
    } catch {
      setStatus(null);
      setUploadError(t('network'));
    } finally {
      input.value = '';
    }
  };

  const move = (index: number, by: -1 | 1) => {
    const next = [...photos];
    const [photo] = next.splice(index, 1);
    next.splice(index + by, 0, photo);
    void save(next, 'saved');
  };
  const caption = (index: number, language: 'fr' | 'en', value: string) =>
    setPhotos(photos.map((p, i) => (i === index ? { ...p, caption: { fr: p.caption?.fr ?? null, en: p.caption?.en ?? null, [language]: value === '' ? null : value } } : p)));

  return (
    <section className="card" aria-labelledby="accommodations-photos">
      <h2 id="accommodations-photos">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      {photos.length === 0 && <p>{t('none')}</p>}
      <ol className="accommodations-photos">
        {photos.map((photo, index) => (
          <li key={photo.url + String(index)}>
            <img src={photo.url} alt={photo.caption?.[lang] ?? t('photo', { n: index + 1 })} />
            <div className="accommodations-photo-fields">
              <label>
                {t('captionFr')} ({t('photo', { n: index + 1 })})
                <input value={photo.caption?.fr ?? ''} onChange={(event) => caption(index, 'fr', event.target.value)} />
              </label>
              <label>
                {t('captionEn')} ({t('photo', { n: index + 1 })})
                <input value={photo.caption?.en ?? ''} onChange={(event) => caption(index, 'en', event.target.value)} />
              </label>
              <div className="toolbar">
                <button type="button" disabled={index === 0 || result.fetching} onClick={() => move(index, -1)}>
                  {t('up')}<span className="visually-hidden"> {t('photo', { n: index + 1 })}</span>
                </button>
                <button type="button" disabled={index === photos.length - 1 || result.fetching} onClick={() => move(index, 1)}>
                  {t('down')}<span className="visually-hidden"> {t('photo', { n: index + 1 })}</span>
                </button>
                <button type="button" className="danger" disabled={result.fetching} onClick={() => void save(photos.filter((_, i) => i !== index), 'saved')}>
                  {t('remove')}<span className="visually-hidden"> {t('photo', { n: index + 1 })}</span>
                </button>
              </div>
            </div>
          </li>
        ))}
      </ol>
      <div className="toolbar">
        {photos.length > 0 && (
          <button type="button" disabled={result.fetching} onClick={() => void save(photos, 'saved')}>{t('saveCaptions')}</button>
        )}
        <label className="accommodations-upload">
          {t('add')}
          <input type="file" accept="image/png,image/jpeg,image/webp" disabled={status === 'uploading'} onChange={(event) => void upload(event)} />
        </label>
      </div>
      {status && <p role="status" className={status === 'uploading' ? 'muted' : 'success'}>{t(status)}</p>}
      {uploadError && <p role="alert" className="error">{uploadError}</p>}
      <ErrorMessage error={result.error} />
    </section>
  );
}
