import { defineMessages, useMessages } from '../../i18n';
import { CopyField } from './copy-field';

const messages = defineMessages({
  fr: {
    warning: 'Copiez-la maintenant : elle ne sera plus affichée. Perdue, il faudra en créer une nouvelle.',
    done: 'Je l’ai copiée',
  },
  en: {
    warning: 'Copy it now: it will not be shown again. If lost, you will have to make a new one.',
    done: 'I have copied it',
  },
});

/** A key or a signing secret the API answers once: shown with its warning until the owner says they copied it. */
export function SecretOnce({ label, value, onDone }: { label: string; value: string; onDone: () => void }) {
  const t = useMessages(messages);
  return (
    <div className="sales-channels-secret">
      <p role="alert">
        <strong>{t('warning')}</strong>
      </p>
      <CopyField label={label} value={value} rows={2} />
      <button type="button" onClick={onDone}>
        {t('done')}
      </button>
    </div>
  );
}
