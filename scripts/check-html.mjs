#!/usr/bin/env node
// `npm run test:html` (in `npm test`, after test:fixtures): every example's
// pre-rendered HTML, in English and French (test/fixtures/generated/ssr.json),
// through the Nu HTML Checker (vnu-jar, pinned; needs Java: Debian's
// default-jre-headless), twice: as pasted into a page, and with each
// declarative shadow root's content laid open in the page (the checker does
// not validate a <template>'s content), its <style> moved to <head>. Fails
// on any error; prints the count.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
const fixtures = JSON.parse(readFileSync('test/fixtures/generated/ssr.json', 'utf8'));
const page = (lang, head, body) => `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>Pre-rendered widget</title>${head}</head><body>\n${body}\n</body></html>\n`;

/**
 * The shadow roots' content inline: template tags dropped, styles to <head>,
 * and the light-DOM fragment targets (same ids as their shadow-tree
 * elements, in another tree) left out.
 */
function laidOpen(html) {
  const styles = [];
  const body = html
    .replace(/<span id="[\w-]+" slot="[\w-]+"><\/span>/g, '')
    .replace(/<template shadowrootmode="(open|closed)"[^>]*>/g, '')
    .replace(/<\/template>/g, '')
    .replace(/<style>[\s\S]*?<\/style>/g, (s) => (styles.push(s), ''));
  return [styles.join(''), body];
}

const dir = mkdtempSync(join(tmpdir(), 'pv-html-'));
const files = [];
try {
  for (const f of fixtures) {
    const base = join(dir, `${f.id}-${f.lang}`);
    writeFileSync(`${base}.html`, page(f.lang, '', f.html));
    writeFileSync(`${base}-open.html`, page(f.lang, ...laidOpen(f.html)));
    files.push(`${base}.html`, `${base}-open.html`);
  }
  let out;
  try {
    out = execFileSync('java', ['-jar', vnuJar, '--format', 'json', '--errors-only', ...files], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
  } catch (e) {
    if (e.code === 'ENOENT') throw new Error('test:html needs Java (Debian: apt-get install -y default-jre-headless)');
    out = e.stderr || e.stdout; // vnu exits 1 when it found errors and writes its JSON to stderr
  }
  // `part` (CSS Shadow Parts) is an attribute of elements in a shadow tree,
  // which the checker does not know: allowed in the laid-open copy only.
  const shadowPart = (m) => m.url.endsWith('-open.html') && /^Attribute “part” not allowed/.test(m.message);
  const messages = JSON.parse(out || '{"messages":[]}').messages.filter((m) => (m.type === 'error' || m.subType === 'fatal') && !shadowPart(m));
  for (const m of messages.slice(0, 30)) console.error(`${m.url.split('/').pop()}:${m.lastLine}: ${m.message} ${m.extract ? `«${m.extract.trim().slice(0, 80)}»` : ''}`);
  console.log(`test:html: ${messages.length} errors in ${fixtures.length} pre-rendered examples (vnu, as pasted and laid open)`);
  if (messages.length) process.exitCode = 1;
} finally {
  rmSync(dir, {recursive: true, force: true});
}
