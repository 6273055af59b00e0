/** Kinds of URL a widget may accept from partner input. Relative URLs are always accepted. */
export type UrlKind = 'http' | 'tel' | 'mailto';

const BASE = 'https://localhost.invalid/';

/**
 * Returns the URL if it is relative or uses an allowed scheme (`http:`/`https:`
 * for `http`, `tel:`, `mailto:`), else `undefined`. `javascript:`, `data:`,
 * `vbscript:`, `blob:`, `file:` and anything else are refused, including
 * their disguised forms (`JaVa\nScRiPt:`, leading control characters).
 */
export function safeUrl(value: string | null | undefined, allow: readonly UrlKind[] = ['http']): string | undefined {
  if (value == null) return undefined;
  // Browsers drop ASCII tab/newline anywhere and C0 controls/space at the ends
  // before parsing a URL; do the same so what we check is what would be used.
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (!cleaned) return undefined;
  // A path from the site's root ("/privacy", not "//host"): relative whatever
  // follows, so it needs no parsing.
  if (cleaned[0] === '/' && cleaned[1] !== '/' && cleaned[1] !== '\\') return cleaned;
  let url: URL;
  try {
    url = new URL(cleaned, BASE);
  } catch {
    return undefined;
  }
  const relative = url.origin === new URL(BASE).origin && !/^[a-z][a-z0-9+.-]*:/i.test(cleaned);
  if (relative) return cleaned;
  const scheme = url.protocol;
  if ((scheme === 'http:' || scheme === 'https:') && allow.includes('http')) return cleaned;
  if (scheme === 'tel:' && allow.includes('tel')) return cleaned;
  if (scheme === 'mailto:' && allow.includes('mailto')) return cleaned;
  return undefined;
}
