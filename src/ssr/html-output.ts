/**
 * The output side of pre-rendering: @lit-labs/ssr's HTML made valid and
 * honest for a page that never runs a script. Pure string functions, applied
 * by renderWidget() after rendering; each keeps the DOM that hydration reads
 * (Lit's `<!--lit-part-->` / `<!--lit-node-->` comments stay as they are).
 */

/** HTML's boolean attributes that Lit's SSR writes from property bindings (`.checked=${false}` → `checked="false"`). */
const BOOLEAN = ['checked', 'disabled', 'hidden', 'open', 'readonly', 'required', 'selected', 'multiple'];
const REFLECTED = new RegExp(`(\\s)(${BOOLEAN.join('|')})="(true|false)"`, 'g');

/**
 * `checked="false"` is read by HTML as checked (any value means on): a
 * property binding reflected by the server becomes the boolean attribute it
 * stands for, present for `true`, absent for `false`. Text and attribute
 * values are escaped by the renderer (`"` → `&quot;`), so only real
 * attributes can match.
 */
export function booleanAttributes(htmlText: string): string {
  return htmlText.replace(REFLECTED, (_all, space: string, name: string, value: string) => (value === 'true' ? `${space}${name}` : ''));
}

/**
 * `shadowroot` is the obsolete name of `shadowrootmode`, which every browser
 * with declarative shadow DOM reads; the HTML checker rejects it.
 */
export function dropObsoleteShadowroot(htmlText: string): string {
  return htmlText.replace(/<template shadowroot="(open|closed)" shadowrootmode="\1"/g, '<template shadowrootmode="$1"');
}

/**
 * Lit closes a template that ends with an expression with `<?>`, which an
 * HTML parser turns into the comment `<!--?-->` (a "bogus comment", an error
 * for the checker). Written as that comment, the page gets the same DOM, so
 * hydration is unchanged.
 */
export function bogusComments(htmlText: string): string {
  return htmlText.replaceAll('<?>', '<!--?-->');
}

/**
 * Until the library's script has defined the widget (and so hydrated it),
 * its buttons (Copy, Start over, the compact toggles) and the guide's
 * questions do nothing: hidden, but keeping their place, so that nothing
 * moves when they come to life and nothing offers what it cannot do. Hidden
 * this way they are out of the accessibility tree and the tab order too.
 * The rule goes into each shadow root's own stylesheet; once the element is
 * defined it no longer matches.
 */
export const NO_SCRIPT_RULE = ':host(:not(:defined)) :is(button, fieldset) { visibility: hidden; }';
export function hideScriptControls(htmlText: string): string {
  return htmlText.replace(/(<template shadowrootmode="(?:open|closed)"[^>]*><style>)/g, `$1${NO_SCRIPT_RULE}\n`);
}

/**
 * In-widget links (footnote marks and their way back) without script: a
 * fragment link never finds an id inside a shadow root, only in the page's
 * own tree. So each target inside the shadow root gets, as its first child,
 * a named `<slot>`, and the host a light-DOM `<span id=… slot=…>` of the same
 * name, which that slot shows in place: following `#pvr-note-1` scrolls to
 * the span, that is, to the note. Placed first, the slot never comes between
 * a `lit-node` comment and the element it marks (hydration reads the next
 * element sibling), and hydration ignores light DOM. Once hydrated, the
 * widget's own click handler moves focus to the target instead. (Two
 * pre-rendered explainers on one page share these ids: the first one wins.)
 */
export function fragmentTargets(htmlText: string, tag: string): string {
  const close = htmlText.lastIndexOf(`</${tag}>`);
  if (close < 0) return htmlText;
  const ids = new Set([...htmlText.matchAll(/\shref="#([\w-]+)"/g)].map((m) => m[1]!));
  const found: string[] = [];
  const inside = htmlText.slice(0, close).replace(/<([a-z][\w-]*)\b[^<>]*?\sid="([\w-]+)"[^<>]*>/g, (start: string, _el: string, id: string) => {
    if (!ids.has(id)) return start;
    found.push(id);
    return `${start}<slot name="${id}"></slot>`;
  });
  return `${inside}${found.map((id) => `<span id="${id}" slot="${id}"></span>`).join('')}${htmlText.slice(close)}`;
}

/** Every output fix above, in order, for the widget `tag`. */
export function cleanRenderedHtml(htmlText: string, tag: string): string {
  return fragmentTargets(hideScriptControls(bogusComments(dropObsoleteShadowroot(booleanAttributes(htmlText)))), tag);
}
