import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { defineMessages, useMessages } from '../../i18n';

const messages = defineMessages({
  fr: {
    copy: 'Copier',
    copyWhat: 'Copier : {label}',
    copied: 'Copié dans le presse-papiers.',
    selectIt: 'La copie automatique n’est pas permise ici : le texte est sélectionné, copiez-le avec Ctrl+C (ou un appui long).',
  },
  en: {
    copy: 'Copy',
    copyWhat: 'Copy: {label}',
    copied: 'Copied to the clipboard.',
    selectIt: 'Automatic copying is not allowed here: the text is selected, copy it with Ctrl+C (or a long press).',
  },
});

/**
 * A text to paste elsewhere (a snippet, an address, a secret), read-only, wrapped so a phone
 * shows it whole, with a button that copies it; where the browser refuses the clipboard, the text
 * is selected for the owner to copy by hand.
 */
export function CopyField({ label, value, rows = 1 }: { label: string; value: string; rows?: number }) {
  const t = useMessages(messages);
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [outcome, setOutcome] = useState<'copied' | 'selectIt' | null>(null);
  useEffect(() => setOutcome(null), [value]);
  // The whole text shows, however narrow the screen wraps it: the field grows to its content.
  useLayoutEffect(() => {
    const element = field.current;
    if (!element) return;
    const fit = () => {
      element.style.height = 'auto';
      element.style.height = `${element.scrollHeight + element.offsetHeight - element.clientHeight}px`;
    };
    fit();
    // Only a new width wraps the text anew; its own height changing must not fit it again.
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      fit();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [value]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setOutcome('copied');
    } catch {
      field.current?.focus();
      field.current?.select();
      setOutcome('selectIt');
    }
  };
  return (
    <div className="sales-channels-copy">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={field} readOnly rows={rows} value={value} spellCheck={false} onFocus={(event) => event.target.select()} />
      <div className="sales-channels-copy-actions">
        <button type="button" onClick={() => void copy()} aria-label={t('copyWhat', { label })}>
          {t('copy')}
        </button>
        <span role="status" className="muted">{outcome ? t(outcome) : ''}</span>
      </div>
    </div>
  );
}
