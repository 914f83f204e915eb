/**
 * The widget's colours, each text colour with the background it is read on. Every pair reaches
 * the WCAG AA contrast of 4.5:1 for text (checked by test/widget/widget-pure.test.ts), and the
 * calendar's states differ by more than colour: a strike-through, a pattern, a dashed border.
 */
export const PALETTE = {
  text: '#1f2933',
  muted: '#52606d',
  background: '#ffffff',
  surface: '#f5f7fa',
  border: '#8a96a3',
  primary: '#0b5394',
  primaryText: '#ffffff',
  focus: '#c2410c',
  error: '#b00020',
  errorBackground: '#fdecee',
  success: '#1e6b34',
  successBackground: '#e8f5ec',
  available: '#e3f4e8',
  availableText: '#14532d',
  unavailable: '#eceff2',
  unavailableText: '#4a5561',
  option: '#fff1cc',
  optionStripe: '#ffe7a3',
  optionText: '#5c4300',
  unknown: '#ffffff',
  unknownText: '#52606d',
  range: '#cfe2f6',
  rangeText: '#0b2a4a',
} as const;

export type Colour = keyof typeof PALETTE;

/** The pairs of text on background that the styles use. */
export const TEXT_PAIRS: readonly (readonly [Colour, Colour])[] = [
  ['text', 'background'],
  ['text', 'surface'],
  ['muted', 'background'],
  ['muted', 'surface'],
  ['primaryText', 'primary'],
  ['primary', 'background'],
  ['error', 'errorBackground'],
  ['error', 'background'],
  ['success', 'successBackground'],
  ['availableText', 'available'],
  ['unavailableText', 'unavailable'],
  ['optionText', 'option'],
  ['optionText', 'optionStripe'],
  ['unknownText', 'unknown'],
  ['rangeText', 'range'],
];

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
