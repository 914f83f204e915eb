import type { LocalizedText } from '../kernel/localized-text';
import { enumType } from './enum-type';

export const LANGS = ['FR', 'EN'] as const;
/** A language guests read texts in. */
export type Lang = (typeof LANGS)[number];

export const LangEnum = enumType(LANGS, 'Lang', 'A language for texts shown to guests: FR French, EN English');

/** The text in `lang`; else in the other language, French first, since owners write French first. */
export const inLang = (text: LocalizedText, lang: Lang): string | null => (lang === 'EN' ? (text.en ?? text.fr) : (text.fr ?? text.en));
