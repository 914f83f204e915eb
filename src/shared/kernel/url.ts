import { InvalidInput } from './errors';
import { optionalText } from './text';

/** Browsers and mail clients open what they are given: only http(s) may reach a guest. */
export function httpUrl(field: string, value: string | null | undefined, max: number): string | null {
  const text = optionalText(field, value, max);
  if (text !== null && !isHttpUrl(text)) throw new InvalidInput(field, 'must be an http:// or https:// address');
  return text;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
