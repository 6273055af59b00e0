#!/usr/bin/env node
// Splits lit-localize's French templates (src/generated/locales/fr.ts, which
// holds every widget's strings) into one module per widget under
// src/generated/locales/fr/, so that a page loading one widget loads only that
// widget's French. A message goes to the widget whose code uses it: the
// source files reachable through imports from the widget's define.ts
// (src/widgets.ts). Messages that several widgets use, or none (the shared
// internals, the autoloader's placeholders), go to `internal`, which every
// widget loads. Then it reads the written tables back and fails when a
// message a widget's code uses is in neither its table nor `internal`.
// Run by scripts/check-l10n.mjs after `lit-localize build`.
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, relative, resolve} from 'node:path';
import ts from 'typescript';
import {readConfigFileAndWriteSchema} from '@lit/localize-tools/lib/config.js';
import {RuntimeLitLocalizer} from '@lit/localize-tools/lib/modes/runtime.js';
import {readWidgets} from './widgets.mjs';

const OUT = 'src/generated/locales/fr';
const SOURCE = 'src/generated/locales/fr.ts';
/** Where each template tag of a message comes from. */
const TAG_MODULES = {str: '@lit/localize', html: 'lit'};

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
 * does not exist yet).
 */
function reachable(entry) {
  const tables = resolve(OUT);
  const seen = new Set();
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
  return seen;
}

export async function splitLocales() {
  const widgets = await readWidgets();
  const localizer = new RuntimeLitLocalizer(readConfigFileAndWriteSchema('lit-localize.json'));
  const {messages} = localizer.extractSourceMessages();

  // Which widgets' code uses each message.
  const reach = new Map(widgets.map((w) => [w.name, reachable(w.define)]));
  const users = new Map();
  for (const m of messages) {
    if (!users.has(m.name)) users.set(m.name, new Set());
    for (const [name, files] of reach) if (files.has(resolve(m.file.fileName))) users.get(m.name).add(name);
  }
  const groupOf = (id) => (users.get(id)?.size === 1 ? [...users.get(id)][0] : 'internal');

  const french = readTemplates(SOURCE);
  const byGroup = new Map([['internal', []], ...widgets.map((w) => [w.name, []])]);
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
    writeFileSync(
      `${OUT}/${g}.ts`,
      `// Generated by scripts/split-locales.mjs from ../fr.ts (lit-localize build): the French\n` +
        `// templates of ${g === 'internal' ? 'the shared internals' : `<pv-${g}>`}. Do not edit: translate in xliff/fr.xlf.\n` +
        `/* eslint-disable */\n` +
        tags.map((t) => `import {${t}} from '${TAG_MODULES[t]}';\n`).join('') +
        (g === 'internal' ? `\n/** How many hex digits of a message's id key it in every table. */\nexport const keyLength = ${keyLength};\n` : '') +
        `\nexport const templates = {\n${entries.map(([id, e]) => `${key(id)}: ${e.text},`).join('\n')}\n};\n`
    );
  }

  // Read back what was written: every message of a widget's code must be in
  // its own table or in `internal`, every other one in `internal`.
  const written = new Map([...byGroup.keys()].map((g) => [g, new Set(readTemplates(`${OUT}/${g}.ts`).keys())]));
  const has = (g, id) => written.get(g).has(key(id));
  const problems = [];
  for (const m of new Map(messages.map((m) => [m.name, m])).values()) {
    const where = users.get(m.name).size ? [...users.get(m.name)] : [undefined];
    for (const w of where) {
      if (!(w && has(w, m.name)) && !has('internal', m.name)) {
        problems.push(`${m.name} (${relative('.', m.file.fileName)}) is used by ${w ? `<pv-${w}>` : 'the shared code'} but is missing from ${w ? `${OUT}/${w}.ts and ` : ''}${OUT}/internal.ts`);
      }
    }
  }
  if (problems.length) throw new Error(`split-locales: French missing from the per-widget tables:\n  ${problems.join('\n  ')}`);
  return [...byGroup].map(([g, l]) => `${g} ${l.length}`).concat(`keys of ${keyLength + 1} characters`);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`split-locales: ${(await splitLocales()).join(', ')}`);
