/**
 * The consistency check of pre-rendered HTML (#24). `pv-render` writes on
 * the widget tag a hash of what it rendered: the tag's attributes and its
 * shadow root's elements, attributes and text. When the library's script
 * hydrates it, the same hash is computed over the declarative shadow root; a
 * difference means the HTML was edited after it was rendered (a phone number
 * or link typed in by hand, a pasted copy of an older version), and the
 * widget renders afresh from its own data instead.
 *
 * This is a checksum, not a signature: anyone can compute it. It stops
 * edits that are not meant to hide, not an attacker who runs this code.
 *
 * Both sides reduce the tree to the same list of strings (`Canon`): the
 * browser from the DOM here, the server from parse5's tree (src/ssr/render.ts).
 */

/** The attribute that carries the hash, on the widget tag. */
export const HASH_ATTR = 'data-pv-hash';
/** Host attributes left out of the hash: the hash itself, and one that Lit's hydration removes. */
const NOT_HASHED = new Set([HASH_ATTR, 'defer-hydration']);

/** Collects the canonical form: an element's start (name, attributes by name), text, an element's end. Comments are left out (Lit's markers). */
export class Canon {
  private parts: string[] = [];
  open(name: string, attributes: Iterable<readonly [string, string]>, host = false): void {
    const attrs = [...attributes].filter(([n]) => !host || !NOT_HASHED.has(n)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    this.parts.push(`<${name}${attrs.map(([n, v]) => ` ${n}=${JSON.stringify(v)}`).join('')}>`);
  }
  text(data: string): void {
    this.parts.push(JSON.stringify(data));
  }
  close(name: string): void {
    this.parts.push(`</${name}>`);
  }
  /** A 53-bit hash (cyrb53) of the parts, in base 36: synchronous, so it needs neither `crypto` nor a promise. */
  hash(): string {
    const s = this.parts.join('\n');
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  }
}

function walk(canon: Canon, parent: ParentNode): void {
  for (const node of parent.childNodes) {
    if (node.nodeType === 3) canon.text((node as Text).data);
    else if (node.nodeType === 1) {
      const el = node as Element;
      canon.open(el.localName, [...el.attributes].map((a) => [a.name, a.value] as const));
      walk(canon, el.localName === 'template' ? (el as HTMLTemplateElement).content : el);
      canon.close(el.localName);
    }
  }
}

/** The hash of a pre-rendered widget as it is in the page now: its tag's attributes and its shadow root. */
export function domHash(host: Element, root: ShadowRoot): string {
  const canon = new Canon();
  canon.open(host.localName, [...host.attributes].map((a) => [a.name, a.value] as const), true);
  walk(canon, root);
  canon.close(host.localName);
  return canon.hash();
}
