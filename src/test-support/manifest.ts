/** Reads dist/custom-elements.json (made by `npm run build`) for the generic suites. */
export interface ManifestAttribute {
  name: string;
  type?: {text: string};
  default?: string;
  fieldName?: string;
}
export interface ManifestElement {
  tagName: string;
  attributes: ManifestAttribute[];
}

let cache: Promise<ManifestElement[]> | undefined;

export function manifestElements(): Promise<ManifestElement[]> {
  cache ??= fetch('/dist/custom-elements.json')
    .then((r) => r.json())
    .then((cem: {modules: Array<{declarations?: Array<{customElement?: boolean; tagName?: string; attributes?: ManifestAttribute[]}>}>}) =>
      cem.modules
        .flatMap((m) => m.declarations ?? [])
        .filter((d) => d.customElement && d.tagName)
        .map((d) => ({tagName: d.tagName!, attributes: d.attributes ?? []}))
    );
  return cache;
}

/** Attributes that take text (not booleans or numbers). */
export function textAttributes(el: ManifestElement): string[] {
  return el.attributes.filter((a) => !/^(boolean|number)$/.test(a.type?.text ?? 'string')).map((a) => a.name);
}

/** Every element in a shadow tree, nested shadow roots included. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}
