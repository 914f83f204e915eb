import type { LocalizedText } from './localized-text';

export const LANGS = ['FR', 'EN'] as const;
/** A language guests and owners read texts in; French first. */
export type Lang = (typeof LANGS)[number];

/** The text in `lang`; else in the other language, French first, since owners write French first. */
export const inLang = (text: LocalizedText, lang: Lang): string | null => (lang === 'EN' ? (text.en ?? text.fr) : (text.fr ?? text.en));

/** The language a link or a form names by its code ("fr", "EN"), or null when it names none of ours. */
export function langOfCode(value: unknown): Lang | null {
  const code = typeof value === 'string' ? value.toUpperCase() : null;
  return code === 'FR' || code === 'EN' ? code : null;
}

/**
 * The first of our languages in an `Accept-Language` header, by the weights the browser gave
 * (`en-GB,en;q=0.9,fr;q=0.8` → EN); null when it names neither, or is absent.
 */
export function preferredLang(acceptLanguage: string | null | undefined): Lang | null {
  if (!acceptLanguage) return null;
  const ranked = acceptLanguage
    .slice(0, 500)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(p)).find(Boolean);
      return { lang: tag.trim().slice(0, 2).toUpperCase(), weight: q ? Number(q[1]) : 1, index };
    })
    .filter((choice): choice is { lang: Lang; weight: number; index: number } => (LANGS as readonly string[]).includes(choice.lang) && choice.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked[0]?.lang ?? null;
}
