/**
 * Building the widget's elements by hand. Every text goes in as a text node, never as HTML, so
 * nothing an owner or a guest typed can run in the page.
 */
type Child = Node | string | null | undefined | false;
type AttributeValue = string | number | boolean | null | undefined;
type Attributes = Record<string, AttributeValue | ((event: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  element.append(...children.filter((child): child is Node | string => child !== null && child !== undefined && child !== false));
  return element;
}

/** An http(s) address, resolved against the app's own, or null for anything else (javascript:, data:…). */
export function safeUrl(url: string | null | undefined, base: string): string | null {
  if (!url) return null;
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === 'https:' || resolved.protocol === 'http:' ? resolved.href : null;
  } catch {
    return null;
  }
}

/** A link that opens in a new tab without handing the host page to the target. */
export const externalLink = (href: string, text: string): HTMLAnchorElement => h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text);

/** Paragraphs from plain text: blank lines part them, single line breaks stay (CSS pre-line). */
export const paragraphs = (text: string): HTMLParagraphElement[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => h('p', {}, p));

/** An id unique in the shadow root, for labels and descriptions. */
let sequence = 0;
export const uid = (prefix: string): string => `${prefix}-${++sequence}`;

/** A fresh idempotency key; the crypto API exists on every secure page, the fallback elsewhere. */
export function randomKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}
