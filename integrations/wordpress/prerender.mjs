// Pre-rendered widgets for the WordPress plugin (called by build.mjs): the
// library's own server rendering (dist/ssr/render.js, what `pv-render`
// prints) for every combination of the choices the block and the shortcodes
// offer, so that a page shows the widget before any script runs (and with
// none), and does not move when the script takes over (it hydrates the same
// markup).
//
// Written as PHP files returning arrays (assets/prerendered/<widget>.php and
// <widget>-<lang>.php), read by includes/prerendered.php. What varies:
//
// - the choices with a fixed list of values (language, variant, mode,
//   province, citations, compact, open, and whether a free-text field is
//   given): one entry per combination, keyed the way the PHP builds the key;
// - the free-text fields (organisation, reviewer) are rendered as tokens that
//   the PHP replaces with the escaped value;
// - the heading level: rendered at the widget's default level; each other
//   level is a mapping of heading levels (2 → 3, 3 → 4…) that the PHP applies
//   to the headings' markup (each level is its own template of
//   src/internal/heading.ts, so its hydration marker is replaced too). Every
//   mapping is checked here against the real rendering of that level, for
//   every combination: the build fails if one differs.
//
// Not pre-rendered (the page shows the widget once its script runs, as
// before): a `routes` choice, a `reviewed-on` date, a value the widget does
// not know. Their shadow tree depends on more than a list of values.
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';

/** Tokens for the free-text fields, replaced by the PHP (escaped). */
export const TOKENS = {org: 'PVW-TOKEN-ORG', reviewer: 'PVW-TOKEN-REVIEWER'};
const LEVELS = ['1', '2', '3', '4', '5', '6', 'none'];
const PROVINCES = ['', 'AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'];

/** Every combination of the given choices: [{name: value}, …]. */
function combinations(choices) {
  let out = [{}];
  for (const [name, values] of Object.entries(choices)) out = out.flatMap((c) => values.map((v) => ({...c, [name]: v})));
  return out;
}

/**
 * Each widget: its tag, its default heading level, and its combinations as
 * [key, attributes]. The key lists the choices in a fixed order, as
 * pvw_prerendered_key() in PHP writes it.
 */
export const WIDGETS = {
  'medical-disclaimer': {
    tag: 'pv-medical-disclaimer',
    defaultLevel: 'none',
    combos: () =>
      combinations({lang: ['en', 'fr'], variant: ['general', 'story', 'reviewed'], compact: [0, 1], open: [0, 1], org: [0, 1], reviewer: [0, 1]})
        .filter((c) => c.variant === 'reviewed' || !c.reviewer)
        .map((c) => [
          `${c.lang}|${c.variant}|${c.compact}|${c.open}|${c.org}|${c.reviewer}`,
          {lang: c.lang, variant: c.variant, compact: c.compact, open: c.open, org: c.org ? TOKENS.org : '', 'reviewed-by': c.reviewer ? TOKENS.reviewer : ''},
        ]),
  },
  'rights-explainer': {
    tag: 'pv-rights-explainer',
    defaultLevel: '2',
    combos: () =>
      combinations({lang: ['en', 'fr'], citations: ['footnotes', 'inline'], compact: [0, 1], open: [0, 1]}).map((c) => [
        `${c.lang}|${c.citations}|${c.compact}|${c.open}`,
        {lang: c.lang, citations: c.citations, compact: c.compact, open: c.open},
      ]),
  },
  'referral-options': {
    tag: 'pv-referral-options',
    defaultLevel: '2',
    combos: () =>
      combinations({lang: ['en', 'fr'], mode: ['list', 'guide'], province: PROVINCES, compact: [0, 1]}).map((c) => [
        `${c.lang}|${c.mode}|${c.province}|${c.compact}`,
        {lang: c.lang, mode: c.mode, province: c.province, compact: c.compact},
      ]),
  },
  'consent-settings': {
    tag: 'pv-consent-settings',
    defaultLevel: null,
    combos: () => [
      ['en', {lang: 'en'}],
      ['fr', {lang: 'fr'}],
    ],
  },
};

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const tagOf = (tag, attributes) =>
  `<${tag}${Object.entries(attributes)
    .filter(([, v]) => v !== '' && v !== 0 && v != null)
    .map(([k, v]) => (v === 1 ? ` ${k}` : ` ${k}="${escapeAttr(String(v))}"`))
    .join('')}>`;

/** A heading's markup in the rendering: its template's marker, then the element (one per level: src/internal/heading.ts). */
// Also the labels inside cards and sections (label() there: a heading one level below its card's, without an id), as `label:<level>`.
const HEADING = /<!--lit-part ([A-Za-z0-9+/=]+)-->(<!--lit-node 0-->)?<(h[1-6]|p) ((?:id="[^"]*" part="[^"]*" )?class="(heading|label)">)([\s\S]*?)<\/\3><!--\/lit-part-->/g;
const levelOfTag = (t) => (t === 'p' ? 'none' : t.slice(1));
/** The key of a heading's level in the mappings and markers: `2`, or `label:3` for a label. */
const keyOf = (kind, tag) => (kind === 'label' ? 'label:' : '') + levelOfTag(tag);

/**
 * Applies a heading-level mapping ({from level: to level}) to a rendering,
 * as pvw_prerendered_headings() does in PHP. `markers`: level → its template's hydration marker.
 */
export function mapHeadings(html, mapping, markers) {
  return html.replace(HEADING, (all, marker, node, tag, rest, kind, content) => {
    const from = keyOf(kind, tag);
    if (markers[from] !== marker) return all;
    const prefix = kind === 'label' ? 'label:' : '';
    const to = mapping[from] ?? from.slice(prefix.length);
    const t = to === 'none' ? 'p' : `h${to}`;
    return `<!--lit-part ${markers[prefix + to]}-->${node ?? ''}<${t} ${rest}${content}</${t}><!--/lit-part-->`;
  });
}

/**
 * The heading levels of a rendering, in order, with each level's marker.
 * A `<p class="label">` of the default rendering is a fixed one (a template
 * of its own, not label()'s): its marker goes to `literal` (with `collect`)
 * and it is not a heading at any level.
 */
function headings(html, markers, literal, collect = false) {
  const levels = [];
  for (const m of html.matchAll(HEADING)) {
    const level = keyOf(m[5], m[3]);
    if (level === 'label:none' && (collect || literal.has(m[1]))) {
      literal.add(m[1]);
      continue;
    }
    if (markers[level] && markers[level] !== m[1]) throw new Error(`two markers for heading level ${level}`);
    markers[level] = m[1];
    levels.push(level);
  }
  return levels;
}

/**
 * Renders every combination; returns, per widget, {head, entries, levels,
 * markers} and writes assets/prerendered/<widget>.php into `assetsDir`.
 */
export async function prerender(root, assetsDir) {
  const {renderWidget} = await import(pathToFileURL(join(root, 'dist/ssr/render.js')).href);
  // The widgets warn about some combinations (a review without a reviewer), as they would in the page: not the build's business.
  const warn = console.warn;
  console.warn = () => {};
  try {
    return await prerenderAll(renderWidget, assetsDir);
  } finally {
    console.warn = warn;
  }
}

async function prerenderAll(renderWidget, assetsDir) {
  const outDir = join(assetsDir, 'prerendered');
  mkdirSync(outDir, {recursive: true});
  const stats = {};
  for (const [name, widget] of Object.entries(WIDGETS)) {
    const entries = {};
    let head;
    const markers = {};
    const literal = new Set();
    const renders = new Map();
    const render = async (attrs, level) => {
      const a = {...attrs};
      if (level && level !== widget.defaultLevel) a['heading-level'] = level;
      const out = await renderWidget(tagOf(widget.tag, a), a.lang);
      // The shadow root's template and styles are the same for every combination: kept once.
      // The host's own tag (with its data-pv-hash) is not kept: the PHP prints the tag and computes the hash of what it prints.
      const m = /^<[^>]+>(<template [^>]*>(?:<style>[\s\S]*?<\/style>)*)([\s\S]*)<\/template>([\s\S]*)<\/[a-z-]+>$/.exec(out);
      if (!m) throw new Error(`unexpected rendering of ${tagOf(widget.tag, a)}: ${out.slice(0, 200)}`);
      if (head === undefined) head = m[1];
      else if (head !== m[1]) throw new Error(`${name}: the shadow root's styles differ between combinations`);
      if (m[3].includes('<template')) throw new Error(`${name}: a template in the light DOM`);
      // The light DOM the rendering adds (the footnotes' slotted anchors) stays with the entry, after the shadow root.
      return m[3] ? `${m[2]}</template>${m[3]}` : m[2];
    };
    for (const [key, attrs] of widget.combos()) {
      const html = await render(attrs, null);
      renders.set(key, [attrs, html]);
      entries[key] = html;
      headings(html, markers, literal, widget.defaultLevel !== 'none');
    }
    // Heading levels: the mapping of each level, learned from the first
    // combination and checked against every combination's real rendering.
    const levels = {};
    if (widget.defaultLevel) {
      for (const level of LEVELS) {
        if (level === widget.defaultLevel) continue;
        // Every combination adds the levels it uses (they must agree), then each is checked.
        const mapping = {};
        const reals = [];
        for (const [key, [attrs, html]] of renders) {
          const real = await render(attrs, level);
          const from = headings(html, markers, literal);
          const to = headings(real, markers, literal);
          if (from.length !== to.length) throw new Error(`${name} ${key} heading-level=${level}: ${from.length} headings become ${to.length}`);
          from.forEach((f, i) => {
            if (f.startsWith('label:') !== to[i].startsWith('label:')) throw new Error(`${name} heading-level=${level}: ${f} becomes ${to[i]}`);
            const t = to[i].replace(/^label:/, '');
            if (mapping[f] !== undefined && mapping[f] !== t) throw new Error(`${name} heading-level=${level}: level ${f} becomes both ${mapping[f]} and ${t}`);
            mapping[f] = t;
          });
          reals.push([key, html, real]);
        }
        for (const [key, html, real] of reals) {
          if (mapHeadings(html, mapping, markers) !== real) throw new Error(`${name} ${key} heading-level=${level}: mapping the headings (${JSON.stringify(mapping)}) does not give the real rendering`);
        }
        levels[level] = mapping;
      }
    }
    const php = (v) => `'${String(v).replace(/[\\']/g, '\\$&')}'`;
    const arr = (o, indent) =>
      Object.keys(o).length === 0
        ? 'array()'
        : `array(\n${Object.entries(o)
        .map(([k, v]) => `${indent}\t${php(k)} => ${typeof v === 'object' ? arr(v, indent + '\t') : php(v)},\n`)
        .join('')}${indent})`;
    const file = (what, value) =>
      `<?php\n/**\n * Written by integrations/wordpress/prerender.mjs: ${what}\n *\n * @package PatientVoiceWidgets\n */\n\nif ( ! defined( 'ABSPATH' ) ) {\n\texit;\n}\n// phpcs:disable WordPress.Arrays.MultipleStatementAlignment -- generated.\nreturn ${value};\n`;
    // One file with what every combination shares, and one file per
    // language with its combinations (one file compresses far better in the
    // zip than one per combination: they share most of their text).
    writeFileSync(
      join(outDir, `${name}.php`),
      file(`<${widget.tag}> pre-rendered by the library (pv-render): its shadow root's opening and styles, and its heading levels.`, arr({head, default_level: widget.defaultLevel ?? '', markers, levels}, ''))
    );
    for (const lang of ['en', 'fr']) {
      const mine = Object.fromEntries(Object.entries(entries).filter(([key]) => key.split('|')[0] === lang));
      writeFileSync(join(outDir, `${name}-${lang}.php`), file(`<${widget.tag}> pre-rendered for each combination of its choices, lang="${lang}".`, arr(mine, '')));
    }
    stats[name] = Object.keys(entries).length;
  }
  return stats;
}
