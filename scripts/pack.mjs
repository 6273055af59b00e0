#!/usr/bin/env node
// npm's prepack and postpack (npm pack, npm publish, the release):
//
//   node scripts/pack.mjs prepack   README.md's relative links made absolute
//                                   (they point into the repository, which the
//                                   package does not ship), the original kept
//                                   aside; `sourceMappingURL` comments removed
//                                   from dist/ (the maps are not shipped)
//   node scripts/pack.mjs postpack  README.md as it was
import {copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readme = join(root, 'README.md');
const kept = join(root, 'node_modules/.cache/pv-pack/README.md');

/** https://github.com/owner/name from package.json's repository. */
export function repositoryUrl(pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))) {
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const m = /github\.com[/:]([^/]+\/[^/.]+)/.exec(url ?? '');
  if (!m) throw new Error('pack: package.json has no GitHub repository URL');
  return `https://github.com/${m[1]}`;
}

/** Relative Markdown links and images → absolute ones into the repository's main branch. */
export function absoluteLinks(markdown, repo = repositoryUrl()) {
  const raw = repo.replace('https://github.com/', 'https://raw.githubusercontent.com/');
  return markdown.replace(/(!?)\]\(([^)\s]+)\)/g, (whole, image, target) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(target)) return whole;
    const path = target.replace(/^\.\//, '');
    return `${image}](${image ? `${raw}/main/${path}` : `${repo}/blob/main/${path}`})`;
  });
}

function stripMapComments(dir) {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) stripMapComments(path);
    else if (/\.(js|mjs|d\.ts)$/.test(entry.name)) {
      const text = readFileSync(path, 'utf8');
      const out = text.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
      if (out !== text) writeFileSync(path, out);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const step = process.argv[2];
  if (step === 'prepack') {
    // A pack that stopped half-way left the rewritten README: put it back first.
    if (existsSync(kept)) copyFileSync(kept, readme);
    mkdirSync(dirname(kept), {recursive: true});
    copyFileSync(readme, kept);
    writeFileSync(readme, absoluteLinks(readFileSync(readme, 'utf8')));
    if (existsSync(join(root, 'dist'))) stripMapComments(join(root, 'dist'));
  } else if (step === 'postpack') {
    if (existsSync(kept)) {
      copyFileSync(kept, readme);
      rmSync(kept);
    }
  } else {
    console.error('usage: node scripts/pack.mjs prepack|postpack');
    process.exit(2);
  }
}
