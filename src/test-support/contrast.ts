/** WCAG contrast of rendered colours, for the host-CSS and forced-colours suites. */
type RGBA = [number, number, number, number];

export function parseColor(c: string): RGBA {
  const m = /rgba?\(([^)]+)\)/.exec(c);
  if (!m) return [0, 0, 0, 0];
  const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
}

const lum = ([r, g, b]: RGBA) => {
  const f = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};

const over = (top: RGBA, bottom: RGBA): RGBA => {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
};

/** The background an element is seen on: its own and its ancestors' (across shadow roots), composited; white canvas last. */
export function effectiveBackground(el: Element): RGBA {
  const layers: RGBA[] = [];
  let node: Element | null = el;
  while (node) {
    const bg = parseColor(getComputedStyle(node).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] >= 1) break;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  let color: RGBA = [255, 255, 255, 1];
  for (const layer of layers.reverse()) color = over(layer, color);
  return color;
}

export function contrast(a: RGBA, b: RGBA): number {
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** Every element that directly holds visible text, with its contrast ratio and whether it is large text. */
export function textContrasts(elements: Element[]): Array<{el: Element; ratio: number; large: boolean; text: string}> {
  const out: Array<{el: Element; ratio: number; large: boolean; text: string}> = [];
  for (const el of elements) {
    const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
    if (!text || !el.getClientRects().length || el.closest('.visually-hidden')) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden') continue;
    const fg = parseColor(style.color);
    const bg = effectiveBackground(el);
    const size = parseFloat(style.fontSize);
    const bold = Number(style.fontWeight) >= 700;
    out.push({el, ratio: contrast(over(fg, bg), bg), large: size >= 24 || (bold && size >= 18.66), text: text.slice(0, 40)});
  }
  return out;
}
