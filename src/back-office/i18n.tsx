import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/**
 * French first, English available: each screen declares its own texts in both languages
 * (`defineMessages`), so the compiler refuses a text missing in one of them. The owner's choice
 * is kept on this device.
 */
export type Lang = 'fr' | 'en';
const STORAGE_KEY = 'osmb.lang';

export type Messages<K extends string> = { readonly fr: Record<K, string>; readonly en: Record<K, string> };

/** Texts in both languages; `{name}` in a text is filled by `t(key, { name })`. */
export function defineMessages<K extends string>(messages: { fr: Record<K, string>; en: Record<K, string> }): Messages<K> {
  return messages;
}

interface LangState {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
}

const LangContext = createContext<LangState>({ lang: 'fr', setLang: () => undefined });

function initialLang(): Lang {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'fr';
}

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  document.documentElement.lang = lang;
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangState {
  return useContext(LangContext);
}

export type Translate<K extends string> = (key: K, values?: Record<string, string | number>) => string;

/** The screen's texts in the owner's language. */
export function useMessages<K extends string>(messages: Messages<K>): Translate<K> {
  const { lang } = useLang();
  return useCallback(
    (key: K, values?: Record<string, string | number>) => {
      const text = messages[lang][key];
      return values ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)) : text;
    },
    [messages, lang],
  );
}
