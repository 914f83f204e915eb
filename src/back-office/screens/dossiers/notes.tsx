import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import { defineMessages, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { Saved } from '../../ui/saving';
import type { FileData } from './file-query';

const SetNotes = graphql(`
  mutation DossiersSetNotes($id: ID!, $note: String, $internalNote: String) {
    setDossierNotes(id: $id, note: $note, internalNote: $internalNote) { id status note internalNote }
  }
`);

const messages = defineMessages({
  fr: {
    noteTitle: 'Note',
    noteHint: 'Visible par le client, imprimée sur le contrat.',
    noteLabel: 'Note pour le client',
    internalTitle: 'Note interne',
    internalHint: 'Pour vous seul : le client ne la voit jamais.',
    internalLabel: 'Note interne',
    save: 'Enregistrer la note',
    saveInternal: 'Enregistrer la note interne',
    saved: 'Note enregistrée.',
  },
  en: {
    noteTitle: 'Note',
    noteHint: 'Shown to the guest, printed on the contract.',
    noteLabel: 'Note for the guest',
    internalTitle: 'Internal note',
    internalHint: 'For you only: the guest never sees it.',
    internalLabel: 'Internal note',
    save: 'Save the note',
    saveInternal: 'Save the internal note',
    saved: 'Note saved.',
  },
});

/** One of the file's two notes; the API keeps the other as it is when it is left out, and an empty one clears it. */
export function NotePart({ file, which }: { file: FileData; which: 'note' | 'internalNote' }) {
  const t = useMessages(messages);
  const [text, setText] = useState(file[which] ?? '');
  const [saved, setSaved] = useState(false);
  const [result, save] = useMutation(SetNotes);
  const internal = which === 'internalNote';
  const id = `dossiers-${which}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const answer = await save({ id: file.id, [which]: text.trim() || null });
    if (answer.data) setSaved(true);
  };
  return (
    <section className={`card dossiers-part${internal ? ' dossiers-internal' : ''}`} aria-labelledby={id}>
      <h2 id={id}>{internal ? t('internalTitle') : t('noteTitle')}</h2>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <label>
          {internal ? t('internalLabel') : t('noteLabel')}
          <span className="muted dossiers-hint">{internal ? t('internalHint') : t('noteHint')}</span>
          <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <ErrorMessage error={result.error} />
        {saved && <Saved text={t('saved')} />}
        <div>
          <button type="submit" disabled={result.fetching}>
            {internal ? t('saveInternal') : t('save')}
          </button>
        </div>
      </form>
    </section>
  );
}
