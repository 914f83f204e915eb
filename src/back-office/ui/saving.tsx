import { useState } from 'react';
import type { CombinedError } from 'urql';
import { defineMessages, useMessages } from '../i18n';
import { ErrorMessage } from './error-message';

const messages = defineMessages({
  fr: { saved: 'Enregistré.' },
  en: { saved: 'Saved.' },
});

/**
 * A form's draft, and whether what it shows is what the server holds: any change takes the
 * "Enregistré" away, so the owner never reads it over a draft they have not saved.
 */
export function useDraft<F extends object>(initial: F) {
  const [form, setForm] = useState(initial);
  const [saved, setSaved] = useState(false);
  const set = (change: Partial<F>) => {
    setSaved(false);
    setForm((current) => ({ ...current, ...change }));
  };
  return { form, set, saved, setSaved };
}

/** The message after a form is saved. */
export function Saved({ text }: { readonly text?: string }) {
  const t = useMessages(messages);
  return <p role="status" className="success">{text ?? t('saved')}</p>;
}

/** A form's end: why the server refused, or that it saved, then the button, disabled while saving so one tap saves once. */
export function SaveFooter(props: { readonly label: string; readonly saved: boolean; readonly savedText?: string; readonly busy: boolean; readonly error?: CombinedError }) {
  return (
    <>
      <ErrorMessage error={props.error} />
      {props.saved && <Saved text={props.savedText} />}
      <button type="submit" className="primary" disabled={props.busy}>{props.label}</button>
    </>
  );
}
