import type { LocalizedText } from './localized-text';

export const LANGS = ['FR', 'EN'] as const;
/** A language guests and owners read texts in; French first. */
export type Lang = (typeof LANGS)[number];

/** The text in `lang`; else in the other language, French first, since owners write French first. */
export const inLang = (text: LocalizedText, lang: Lang): string | null => (lang === 'EN' ? (text.en ?? text.fr) : (text.fr ?? text.en));
