import { defineMessages, useMessages } from '../../i18n';

const messages = defineMessages({
  fr: { fr: 'en français', en: 'en anglais' },
  en: { fr: 'in French', en: 'in English' },
});

/** A text owners write in French and English; the form keeps empty strings, the API gets nulls. */
export interface Localized {
  fr: string;
  en: string;
}

export const localized = (text: { fr?: string | null; en?: string | null } | null | undefined): Localized => ({ fr: text?.fr ?? '', en: text?.en ?? '' });

/** What the API is sent: a language left empty is null (cleared, or the standard text where there is one). */
export const toInput = (text: Localized): { fr: string | null; en: string | null } => ({ fr: text.fr.trim() || null, en: text.en.trim() || null });

/** One text in both languages, each in its own labelled field. */
export function LocalizedArea({ label, value, onChange, rows = 4, placeholder }: { label: string; value: Localized; onChange: (next: Localized) => void; rows?: number; placeholder?: Localized }) {
  const t = useMessages(messages);
  return (
    <>
      {(['fr', 'en'] as const).map((lang) => (
        <label key={lang}>
          {label} ({t(lang)})
          <textarea rows={rows} value={value[lang]} placeholder={placeholder?.[lang]} onChange={(event) => onChange({ ...value, [lang]: event.target.value })} />
        </label>
      ))}
    </>
  );
}
