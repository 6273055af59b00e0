// Plugins for `cem analyze` (custom-elements-manifest.config.mjs): the
// manifest describes what the package ships, not the sources.
//
//   distManifest   src/…/*.ts → dist/…/*.js; a module per define.js with its
//                  custom-element-definition exports; event types from the
//                  one event map; CSS property defaults from the styles; the
//                  real defaults of fields whose initial value is a name
//                  (DEFAULT_EXPIRES_DAYS → 182), read from the built classes
//   dedupeCssData  VS Code's CSS data lists each --pv-* property once
//
// Runs after `tsc` (it reads dist/classes.js).
import {readFileSync, readdirSync, writeFileSync, existsSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {readWidgets, elementsOf} from './widgets.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const toDist = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

/** `'pv-consent-change': CustomEvent<PvConsentChangeDetail>` → event name → type text. */
export function eventTypes(source = readFileSync(join(root, 'src/internal/events.ts'), 'utf8')) {
  const map = /interface PvEventMap \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
  return new Map([...map.matchAll(/'(pv-[a-z-]+)':\s*(CustomEvent<\w+>)/g)].map((m) => [m[1], m[2]]));
}

/** `var(--pv-x, default)` in every stylesheet of src/ → name → default. */
export function cssDefaults() {
  const out = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/(styles)\.ts$/.test(entry.name) && !entry.name.includes('.test')) {
        for (const [, name, value] of readFileSync(path, 'utf8').matchAll(/var\((--pv-[a-z0-9-]+),\s*([^()]+?)\)/g)) {
          const prev = out.get(name);
          if (prev !== undefined && prev !== value.trim()) throw new Error(`manifest: ${name} has two defaults, ${prev} and ${value.trim()}`);
          out.set(name, value.trim());
        }
      }
    }
  };
  walk(join(root, 'src'));
  return out;
}

/**
 * Union types by their alias (`ConsentMode` → `'opt-in' | 'notice'`), from
 * `export type X = 'a' | 'b'` and `export type X = (typeof LIST)[number]`
 * with `export const LIST = ['a', 'b'] as const`: editors show the values.
 */
export function unionAliases() {
  const sources = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !/\.(test|test-support)\.ts$/.test(entry.name)) sources.push(readFileSync(path, 'utf8'));
    }
  };
  walk(join(root, 'src/components'));
  walk(join(root, 'src/internal'));
  const text = sources.join('\n');
  const lists = new Map([...text.matchAll(/export const (\w+) = \[([^\]]*)\] as const/g)].map((m) => [m[1], m[2].split(',').map((v) => v.trim()).filter(Boolean).join(' | ')]));
  const out = new Map();
  for (const [, name, list] of text.matchAll(/export type (\w+) = \(typeof (\w+)\)\[number\];/g)) if (lists.has(list)) out.set(name, lists.get(list));
  for (const [, name, union] of text.matchAll(/export type (\w+) = ((?:'[^']*'\s*\|\s*)+'[^']*');/g)) out.set(name, union.replace(/\s+/g, ' '));
  return out;
}

const LITERAL = /^(?:'[^']*'|"[^"]*"|-?\d+(?:\.\d+)?|true|false|null)$/;
const literal = (value) => (typeof value === 'string' ? `'${value}'` : JSON.stringify(value));

export async function distManifest() {
  const widgets = await readWidgets();
  const events = eventTypes();
  const css = cssDefaults();
  const aliases = unionAliases();
  // The built classes, under Lit's Node build: constructing one gives the
  // values its fields really start with.
  const classes = await import(pathToFileURL(join(root, 'dist/classes.js')).href);
  return {
    name: 'pv-dist-manifest',
    packageLinkPhase({customElementsManifest: manifest}) {
      const rewrite = (node) => {
        if (Array.isArray(node)) node.forEach(rewrite);
        else if (node && typeof node === 'object') {
          for (const [key, value] of Object.entries(node)) {
            if ((key === 'path' || key === 'module') && typeof value === 'string' && /^\/?src\//.test(value)) node[key] = toDist(value);
            else rewrite(value);
          }
        }
      };
      rewrite(manifest.modules);
      for (const mod of manifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement) continue;
          for (const ev of decl.events ?? []) {
            const type = events.get(ev.name);
            if (!type) throw new Error(`manifest: <${decl.tagName}> fires ${ev.name}, which PvEventMap (src/internal/events.ts) does not declare`);
            ev.type = {text: type};
          }
          for (const item of [...(decl.members ?? []), ...(decl.attributes ?? [])]) {
            if (item.type?.text) item.type.text = item.type.text.replace(/\b\w+\b/g, (word) => aliases.get(word) ?? word);
          }
          for (const prop of decl.cssProperties ?? []) {
            const value = css.get(prop.name);
            if (value !== undefined) prop.default = value;
          }
          const Ctor = classes[decl.name];
          const instance = Ctor ? new Ctor() : undefined;
          for (const item of [...(decl.members ?? []), ...(decl.attributes ?? [])]) {
            const field = item.kind === 'field' ? item.name : item.fieldName;
            if (!instance || !field || item.static || (item.privacy && item.privacy !== 'public')) continue;
            if (item.default !== undefined && LITERAL.test(item.default)) continue;
            const value = instance[field];
            if (['string', 'number', 'boolean'].includes(typeof value)) item.default = literal(value);
          }
        }
      }
      // A module per widget entry (`patient-voice-widgets/<widget>.js`), with
      // the tags it defines: editors and tools find the definitions here.
      const byTag = new Map();
      for (const mod of manifest.modules) for (const decl of mod.declarations ?? []) if (decl.tagName) byTag.set(decl.tagName, {name: decl.name, module: mod.path});
      for (const w of widgets) {
        const exports = elementsOf(w).map(({tag}) => {
          const declaration = byTag.get(tag);
          if (!declaration) throw new Error(`manifest: no declaration for <${tag}>`);
          return {kind: 'custom-element-definition', name: tag, declaration};
        });
        manifest.modules.push({kind: 'javascript-module', path: toDist(w.define), declarations: [], exports});
      }
    },
  };
}

/** VS Code's CSS data, one entry per custom property (the plugin writes one per element). */
export function dedupeCssData(file) {
  const css = cssDefaults();
  return {
    name: 'pv-dedupe-css-data',
    packageLinkPhase() {
      if (!existsSync(file)) throw new Error(`manifest: ${file} was not written`);
      const data = JSON.parse(readFileSync(file, 'utf8'));
      const seen = new Map();
      for (const p of data.properties) {
        const entry = seen.get(p.name);
        if (entry) {
          if (!entry.descriptions.includes(p.description)) entry.descriptions.push(p.description);
        } else seen.set(p.name, {...p, descriptions: [p.description]});
      }
      data.properties = [...seen.values()].map(({descriptions, ...p}) => ({
        ...p,
        description: descriptions.join(' / ') + (css.has(p.name) ? ` Default: ${css.get(p.name)}.` : ''),
      }));
      writeFileSync(file, JSON.stringify(data, null, 2));
    },
  };
}
