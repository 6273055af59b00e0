#!/usr/bin/env node
// The plugin's translations (languages/ in the plugin folder).
//
//   node integrations/wordpress/i18n.mjs pot     rewrites languages/patient-voice-widgets.pot
//                                                 from the PHP, the block's script and block.json
//                                                 (GNU gettext's xgettext), then merges every .po
//                                                 with it (msgmerge), keeping their translations
//   node integrations/wordpress/i18n.mjs check   fails when the .pot is out of date or a .po
//                                                 leaves a string untranslated (needs xgettext
//                                                 for the first part; skipped without it)
//
// build.mjs calls compileTranslations(): each <locale>.po becomes the .mo that
// PHP reads and, for the block's script, the JSON that
// wp_set_script_translations() reads (named after the md5 of the script's path).
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import gettextParser from 'gettext-parser';

const here = dirname(fileURLToPath(import.meta.url));
const plugin = join(here, 'patient-voice-widgets');
export const DOMAIN = 'patient-voice-widgets';
const languages = join(plugin, 'languages');
const potPath = join(languages, `${DOMAIN}.pot`);
/** The block's editor script: its strings go to the JSON files. */
export const BLOCK_SCRIPT = 'blocks/widget/index.js';

// WordPress's translation functions, as xgettext keywords.
const KEYWORDS = [
  '__:1', '_e:1', 'esc_html__:1', 'esc_html_e:1', 'esc_attr__:1', 'esc_attr_e:1',
  '_x:1,2c', '_ex:1,2c', 'esc_html_x:1,2c', 'esc_attr_x:1,2c', '_n:1,2', '_nx:1,2,4c', '_n_noop:1,2',
];

const phpFiles = () =>
  readdirSync(plugin, {recursive: true})
    .filter((f) => f.endsWith('.php'))
    .map((f) => f.split('\\').join('/'))
    .sort();

/** The .pot's text from the sources (null when xgettext is not installed). */
function buildPot() {
  const tmp = mkdtempSync(join(tmpdir(), 'pvw-pot-'));
  try {
    const common = ['--from-code=UTF-8', '--add-comments=translators:', '--no-wrap', '--sort-by-file', `--package-name=${DOMAIN}`, '-k', ...KEYWORDS.flatMap((k) => ['-k' + k])];
    const php = spawnSync('xgettext', [...common, '--language=PHP', '-o', join(tmp, 'php.pot'), ...phpFiles()], {cwd: plugin, encoding: 'utf8'});
    if (php.error) return null;
    if (php.status !== 0) throw new Error(`xgettext (PHP): ${php.stderr}`);
    const js = spawnSync('xgettext', [...common, '--language=JavaScript', '-o', join(tmp, 'js.pot'), BLOCK_SCRIPT], {cwd: plugin, encoding: 'utf8'});
    if (js.status !== 0) throw new Error(`xgettext (JavaScript): ${js.stderr}`);
    const parsed = [join(tmp, 'php.pot'), join(tmp, 'js.pot')].map((f) => gettextParser.po.parse(readFileSync(f)));
    const translations = {};
    const add = (context, msgid, entry) => {
      translations[context] ??= {};
      const prev = translations[context][msgid];
      if (prev) {
        prev.comments.reference = [prev.comments.reference, entry.comments?.reference].filter(Boolean).join('\n');
        return;
      }
      translations[context][msgid] = {...entry, msgstr: entry.msgid_plural ? ['', ''] : [''], comments: {...entry.comments, flag: undefined}};
    };
    for (const pot of parsed) {
      for (const [context, entries] of Object.entries(pot.translations)) {
        for (const [msgid, entry] of Object.entries(entries)) if (msgid) add(context, msgid, entry);
      }
    }
    // block.json: title, description and keywords, with the contexts WordPress uses for them.
    const block = JSON.parse(readFileSync(join(plugin, 'blocks/widget/block.json'), 'utf8'));
    const ref = {reference: 'blocks/widget/block.json'};
    add('block title', block.title, {msgctxt: 'block title', msgid: block.title, comments: ref});
    add('block description', block.description, {msgctxt: 'block description', msgid: block.description, comments: ref});
    for (const k of block.keywords) add('block keyword', k, {msgctxt: 'block keyword', msgid: k, comments: ref});
    // The plugin header's name and description (the Plugins screen shows them translated).
    const main = readFileSync(join(plugin, `${DOMAIN}.php`), 'utf8');
    for (const field of ['Plugin Name', 'Description']) {
      const value = new RegExp(`^\\s*\\*\\s*${field}:\\s*(.+)$`, 'm').exec(main)?.[1].trim();
      if (value) add('', value, {msgid: value, comments: {reference: `${DOMAIN}.php`, extracted: `${field} of the plugin`}});
    }
    const headers = {
      'Project-Id-Version': DOMAIN,
      'MIME-Version': '1.0',
      'Content-Type': 'text/plain; charset=UTF-8',
      'Content-Transfer-Encoding': '8bit',
      'X-Domain': DOMAIN,
    };
    translations[''] = {'': {msgid: '', msgstr: [Object.entries(headers).map(([k, v]) => `${k}: ${v}\n`).join('')]}, ...(translations[''] ?? {})};
    return gettextParser.po.compile({charset: 'utf-8', headers, translations}, {foldLength: 0}).toString('utf8') + '\n';
  } finally {
    rmSync(tmp, {recursive: true, force: true});
  }
}

const poFiles = () => readdirSync(languages).filter((f) => f.endsWith('.po')).sort();

/** Problems of the .po files against the .pot (empty when all is well). */
export function poProblems() {
  const pot = gettextParser.po.parse(readFileSync(potPath));
  const problems = [];
  for (const file of poFiles()) {
    const po = gettextParser.po.parse(readFileSync(join(languages, file)));
    for (const [context, entries] of Object.entries(pot.translations)) {
      for (const msgid of Object.keys(entries)) {
        if (!msgid) continue;
        const t = po.translations[context]?.[msgid];
        if (!t || t.msgstr.some((s) => !s) || t.comments?.flag?.includes('fuzzy')) problems.push(`${file}: "${msgid}" is not translated`);
      }
    }
  }
  return problems;
}

/**
 * Writes <domain>-<locale>.mo and the block script's JSON for every .po into `outDir`.
 *
 * @returns {string[]} the files written (names)
 */
export function compileTranslations(outDir) {
  const written = [];
  const md5 = createHash('md5').update(BLOCK_SCRIPT).digest('hex');
  for (const file of poFiles()) {
    const po = gettextParser.po.parse(readFileSync(join(languages, file)));
    const locale = po.headers.Language;
    if (!locale || `${DOMAIN}-${locale}.po` !== file) throw new Error(`${file}: its Language header (${locale}) must match its name`);
    const mo = join(outDir, `${DOMAIN}-${locale}.mo`);
    writeFileSync(mo, gettextParser.mo.compile(po));
    const messages = {'': {domain: 'messages', lang: locale, 'plural-forms': po.headers['Plural-Forms'] ?? 'nplurals=2; plural=(n > 1);'}};
    for (const [context, entries] of Object.entries(po.translations)) {
      for (const [msgid, t] of Object.entries(entries)) {
        if (!msgid || !(t.comments?.reference ?? '').split(/\s+/).some((r) => r.startsWith(`${BLOCK_SCRIPT}:`))) continue;
        messages[context ? `${context}\u0004${msgid}` : msgid] = t.msgstr;
      }
    }
    const json = {domain: 'messages', locale_data: {messages}, source: BLOCK_SCRIPT};
    writeFileSync(join(outDir, `${DOMAIN}-${locale}-${md5}.json`), JSON.stringify(json) + '\n');
    written.push(relative(outDir, mo), `${DOMAIN}-${locale}-${md5}.json`);
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = process.argv[2];
  if (command === 'pot') {
    const pot = buildPot();
    if (pot === null) {
      console.error('i18n: xgettext is missing (Debian: apt-get install gettext)');
      process.exit(1);
    }
    writeFileSync(potPath, pot);
    for (const file of poFiles()) {
      const r = spawnSync('msgmerge', ['--quiet', '--update', '--backup=none', '--no-wrap', '--no-fuzzy-matching', join(languages, file), potPath], {encoding: 'utf8'});
      if (r.status !== 0) throw new Error(`msgmerge ${file}: ${r.stderr}`);
    }
    console.log(`i18n: ${relative(process.cwd(), potPath)} written; ${poFiles().length} .po merged`);
  } else if (command === 'check') {
    const problems = poProblems();
    const pot = buildPot();
    if (pot === null) console.log('i18n: xgettext is missing: the .pot was not compared with the sources');
    else if (pot !== readFileSync(potPath, 'utf8')) problems.unshift(`${relative(process.cwd(), potPath)} is out of date: run \`node integrations/wordpress/i18n.mjs pot\``);
    for (const p of problems) console.error(`i18n: ${p}`);
    if (problems.length) process.exit(1);
    console.log(`i18n: the .pot is current and ${poFiles().length} .po translate every string`);
  } else {
    console.error('usage: node integrations/wordpress/i18n.mjs pot|check');
    process.exit(2);
  }
}
