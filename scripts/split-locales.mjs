#!/usr/bin/env node
// Splits lit-localize's French templates (src/generated/locales/fr.ts, which
// holds every widget's strings) into one module per widget under
// src/generated/locales/fr/, so that a page loading one widget loads only that
// widget's French. A message goes to the widget whose code uses it: the
// source files reachable through imports from the widget's define.ts
// (src/widgets.ts). Messages that several widgets use, or none (the shared
// internals, the autoloader's placeholders), go to `internal`, which every
// widget loads. A message is found at every place it is called: the same
// `msg('Copy')` in two widgets' own files is used by both (lit-localize's
// extraction keeps only its first place). Then it reads the written tables
// back and fails when a message a widget's code uses is in neither its table
// nor `internal`. A widget's lazy view (a `*-view.ts` module of its folder,
// which its code loads with `import()`, like the consent dialog's services)
// has a table of its own, named after it, which the view adds when it loads:
// the widget's first chunk does not carry that French. A widget's first step
// (its folder's `first.ts`, which starts its one-file script and loads
// define.ts later) has a table too, `<widget>-first`, with the messages the
// first step shows: the widget's own table takes it in (`...first`), and the
// first step loads it alone.
// Run by scripts/check-l10n.mjs after `lit-localize build`.
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, relative, resolve} from 'node:path';
import ts from 'typescript';
import {readConfigFileAndWriteSchema} from '@lit/localize-tools/lib/config.js';
import {RuntimeLitLocalizer} from '@lit/localize-tools/lib/modes/runtime.js';
import {extractMessagesFromProgram} from '@lit/localize-tools/lib/program-analysis.js';
import {readWidgets} from './widgets.mjs';

const OUT = 'src/generated/locales/fr';
const SOURCE = 'src/generated/locales/fr.ts';
/** Where each template tag of a message comes from. */
const TAG_MODULES = {str: '@lit/localize', html: 'lit-html'};

/**
 * The `templates` object of a module written by lit-localize (or by this
 * script): message id → the template's source text, in order. Parsed as
 * TypeScript, so indentation, line breaks inside a message and comments do
 * not matter.
 */
export function readTemplates(file) {
  const source = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  let table;
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(sf) === 'templates' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      table = node.initializer;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (!table) throw new Error(`${file}: no \`templates\` object`);
  const out = new Map();
  for (const p of table.properties) {
    // A widget's table takes in its first step's (`...first`): read with it.
    if (ts.isSpreadAssignment(p)) continue;
    if (!ts.isPropertyAssignment(p) || !(ts.isStringLiteral(p.name) || ts.isIdentifier(p.name))) {
      throw new Error(`${file}: unexpected entry in \`templates\`: ${p.getText(sf).slice(0, 80)}`);
    }
    const tag = ts.isTaggedTemplateExpression(p.initializer) ? p.initializer.tag.getText(sf) : undefined;
    if (tag !== undefined && !(tag in TAG_MODULES)) throw new Error(`${file}: ${p.name.text} uses an unknown template tag ${tag}`);
    out.set(p.name.text, {text: p.initializer.getText(sf), tag});
  }
  return out;
}

/** The modules that `source` imports or re-exports for types only (and for nothing else). */
function typeOnlyImports(source) {
  const sf = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest);
  const typed = new Set();
  const valued = new Set();
  for (const st of sf.statements) {
    const spec = (ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : undefined;
    if (!spec) continue;
    const typeOnly = ts.isImportDeclaration(st) ? !!st.importClause?.isTypeOnly : st.isTypeOnly;
    (typeOnly ? typed : valued).add(spec);
  }
  return new Set([...typed].filter((spec) => !valued.has(spec)));
}

/**
 * Every source file reachable from `entry` through relative imports (static
 * or dynamic), but for the French tables this script writes (a new widget's
 * does not exist yet) and the files of `stop` (a widget's lazy views).
 */
function reachable(entry, stop = new Set()) {
  const tables = resolve(OUT);
  const seen = new Set(stop);
  const queue = [resolve(entry)];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const typesOnly = typeOnlyImports(source);
    for (const {fileName} of ts.preProcessFile(source, true, true).importedFiles) {
      // `import type` / `export type … from` bring no code, so no messages.
      if (!fileName.startsWith('.') || typesOnly.has(fileName)) continue;
      const target = resolve(dirname(file), fileName.replace(/\.js$/, '.ts'));
      if (dirname(target) === tables) continue;
      if (!existsSync(target)) throw new Error(`${relative('.', file)} imports ${fileName}, which is not a source file`);
      queue.push(target);
    }
  }
  for (const f of stop) seen.delete(f);
  return seen;
}

/** A widget's lazy views: the `*-view.ts` modules of its folder. */
function viewsOf(widget) {
  return readdirSync(widget.dir)
    .filter((f) => f.endsWith('-view.ts'))
    .map((f) => resolve(widget.dir, f));
}

/**
 * Every message of the program and every file that calls it: id → Set of
 * absolute file names. lit-localize's own extraction merges the messages of
 * the whole program, keeping one file per message; here each source file is
 * read on its own (the same extraction, one file at a time).
 */
export function messageSites(program) {
  const sites = new Map();
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile) continue;
    const one = new Proxy(program, {
      get: (target, key) => (key === 'getSourceFiles' ? () => [sf] : typeof target[key] === 'function' ? target[key].bind(target) : target[key]),
    });
    for (const m of extractMessagesFromProgram(one).messages) {
      if (!sites.has(m.name)) sites.set(m.name, new Set());
      sites.get(m.name).add(resolve(sf.fileName));
    }
  }
  return sites;
}

/**
 * Which table each message goes to: the one widget whose code calls it, or
 * `internal` when several widgets (or none) do. `sites`: id → files;
 * `reach`: widget → the files its code is made of; `parent`: a lazy view →
 * its widget. A message of a widget and its views (or of two of its views)
 * goes to the widget's table, which is there before any view loads: the
 * other widgets do not carry it. `firsts`: a first step → its widget; a
 * message its first step shows goes to the first step's table.
 */
export function groupMessages(sites, reach, parent = new Map(), firsts = new Map()) {
  const groups = new Map();
  const owner = (u) => parent.get(u) ?? firsts.get(u) ?? u;
  for (const [id, files] of sites) {
    const users = [...reach].filter(([, own]) => [...files].some((f) => own.has(f))).map(([name]) => name);
    const owners = new Set(users.map(owner));
    // One widget's: its first step's table if the first step shows it (the widget's takes that in), else the widget's.
    const first = users.find((u) => firsts.has(u));
    groups.set(id, users.length === 1 ? users[0] : users.length && owners.size === 1 ? (first ?? [...owners][0]) : 'internal');
  }
  return groups;
}

/**
 * The messages a widget's code calls that its French would lack: for each
 * widget, every message called in a file it is made of must be in its own
 * table or in `internal`; any other message in `internal`. `has(table, id)` reads the written tables.
 * Computed from the call sites alone, not from the grouping it checks.
 */
export function missingFrench(sites, reach, has, parent = new Map()) {
  const problems = [];
  for (const [widget, own] of reach) {
    for (const [id, files] of sites) {
      const file = [...files].find((f) => own.has(f));
      // A lazy view also has its widget's table (loaded before it).
      const mine = [widget, parent.get(widget)].filter(Boolean);
      if (file && !mine.some((t) => has(t, id)) && !has('internal', id)) {
        problems.push(`${id} (${relative('.', file)}) is used by <pv-${widget}> but is missing from ${OUT}/${widget}.ts and ${OUT}/internal.ts`);
      }
    }
  }
  // A message no widget's code calls (the shared code, the autoloader's placeholders) is in `internal`.
  for (const [id, files] of sites) {
    if (![...reach.values()].some((own) => [...files].some((f) => own.has(f))) && !has('internal', id)) {
      problems.push(`${id} (${relative('.', [...files][0])}) is used by the shared code but is missing from ${OUT}/internal.ts`);
    }
  }
  return problems;
}

export async function splitLocales() {
  const widgets = await readWidgets();
  const localizer = new RuntimeLitLocalizer(readConfigFileAndWriteSchema('lit-localize.json'));
  const sites = messageSites(localizer.program);

  // Which widgets' code uses each message; a lazy view counts as a widget of
  // its own, made of the files only it brings.
  const reach = new Map();
  const views = [];
  const parent = new Map();
  const firsts = new Map();
  for (const w of widgets) {
    const lazy = new Set(viewsOf(w));
    const own = reachable(w.define, lazy);
    reach.set(w.name, own);
    if (w.first) {
      // What the first step runs before it loads define.ts (which it imports lazily).
      const name = `${w.name}-first`;
      firsts.set(name, w.name);
      reach.set(name, reachable(`${w.dir}/first.ts`, new Set([resolve(w.define)])));
    }
    for (const view of lazy) {
      const name = view.split('/').pop().replace(/\.ts$/, '');
      views.push(name);
      parent.set(name, w.name);
      reach.set(name, new Set([...reachable(view)].filter((f) => !own.has(f))));
    }
  }
  const groups = groupMessages(sites, reach, parent, firsts);
  const groupOf = (id) => groups.get(id) ?? 'internal';

  const french = readTemplates(SOURCE);
  const byGroup = new Map([['internal', []], ...widgets.map((w) => [w.name, []]), ...views.map((v) => [v, []]), ...[...firsts.keys()].map((f) => [f, []])]);
  const firstOf = (g) => [...firsts].find(([, w]) => w === g)?.[0];
  for (const [id, entry] of french) byGroup.get(groupOf(id)).push([id, entry]);

  // lit-localize keys each message by a 64-bit hash (16 hex digits), which
  // brotli cannot compress: ~8 bytes a message. The tables keep only as many
  // leading digits as it takes to tell all messages apart, and
  // src/internal/locale.ts looks a message up by the same leading digits.
  const ids = [...french.keys()];
  let keyLength = 4;
  while (new Set(ids.map((id) => id.slice(0, keyLength + 1))).size < ids.length) keyLength++;
  const key = (id) => id.slice(0, keyLength + 1);

  mkdirSync(OUT, {recursive: true});
  for (const f of readdirSync(OUT)) rmSync(`${OUT}/${f}`);
  for (const [g, entries] of byGroup) {
    const tags = [...new Set(entries.map(([, e]) => e.tag).filter(Boolean))].sort();
    const first = firstOf(g);
    const what = g === 'internal' ? 'the shared internals' : views.includes(g) ? `${g}.ts (loaded with it)` : firsts.has(g) ? `<pv-${firsts.get(g)}>'s first step (first.ts), taken in by ${firsts.get(g)}.ts` : `<pv-${g}>`;
    writeFileSync(
      `${OUT}/${g}.ts`,
      `// Generated by scripts/split-locales.mjs from ../fr.ts (lit-localize build): the French\n` +
        `// templates of ${what}. Do not edit: translate in xliff/fr.xlf.\n` +
        `/* eslint-disable */\n` +
        tags.map((t) => `import {${t}} from '${TAG_MODULES[t]}';\n`).join('') +
        (first ? `import {templates as first} from './${first}.js';\n` : '') +
        (g === 'internal' ? `\n/** How many hex digits of a message's id key it in every table. */\nexport const keyLength = ${keyLength};\n` : '') +
        `\nexport const templates = {\n${first ? '...first,\n' : ''}${entries.map(([id, e]) => `${key(id)}: ${e.text},`).join('\n')}\n};\n`
    );
  }

  // Read back what was written: every message of a widget's code must be in
  // its own table or in `internal`.
  const written = new Map([...byGroup.keys()].map((g) => [g, new Set(readTemplates(`${OUT}/${g}.ts`).keys())]));
  // A widget's table holds its first step's too.
  for (const [f, w] of firsts) for (const k of written.get(f)) written.get(w).add(k);
  const problems = missingFrench(sites, reach, (g, id) => written.get(g).has(key(id)), parent);
  if (problems.length) throw new Error(`split-locales: French missing from the per-widget tables:\n  ${problems.join('\n  ')}`);
  return [...byGroup].map(([g, l]) => `${g} ${l.length}`).concat(`keys of ${keyLength + 1} characters`);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`split-locales: ${(await splitLocales()).join(', ')}`);
