#!/usr/bin/env node
// `npm run test:l10n` (part of `npm test`): the French tables split per
// widget (scripts/split-locales.mjs) give every widget every message its
// code calls. Two fixture files (test/fixtures/split-locales/), each a
// "widget" of its own, call the same msg(): it must go to `internal`, and the
// read-back check must fail when it is in one widget's table only, as it was
// when the split trusted lit-localize's extraction (one file per message).
import {resolve} from 'node:path';
import ts from 'typescript';
import {extractMessagesFromProgram} from '@lit/localize-tools/lib/program-analysis.js';
import {generateMsgId} from '@lit/localize/internal/id-generation.js';
import {groupMessages, messageSites, missingFrench} from './split-locales.mjs';

let passed = 0;
let failed = 0;
const check = (ok, what) => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
};

const one = resolve('test/fixtures/split-locales/one.ts');
const two = resolve('test/fixtures/split-locales/two.ts');
const program = ts.createProgram([one, two], {target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, noEmit: true});
const shared = generateMsgId('Said by both widgets', false);
const own = generateMsgId('Only in widget one', false);
const reach = new Map([
  ['one', new Set([one])],
  ['two', new Set([two])],
]);

// lit-localize's extraction: one message, one file (the first place it is called).
const merged = extractMessagesFromProgram(program).messages.filter((m) => m.name === shared);
check(merged.length === 1, `lit-localize's extraction gives the shared message once (${merged.length})`);

const sites = messageSites(program);
check(sites.get(shared)?.size === 2 && sites.get(shared).has(one) && sites.get(shared).has(two), 'messageSites finds the shared message in both files');
check(sites.get(own)?.size === 1, 'and the other message in its one file');

const groups = groupMessages(sites, reach);
check(groups.get(shared) === 'internal', `the shared message goes to internal (${groups.get(shared)})`);
check(groups.get(own) === 'one', `a message of one widget goes to its table (${groups.get(own)})`);

const tablesOf = (grouping) => (table, id) => grouping.get(id) === table;
check(missingFrench(sites, reach, tablesOf(groups)).length === 0, 'the read-back finds nothing missing from the split it made');

// The split as it was: each message to the widget of its one extracted file.
const firstFileOnly = new Map(
  extractMessagesFromProgram(program).messages.map((m) => {
    const users = [...reach].filter(([, files]) => files.has(resolve(m.file.fileName))).map(([name]) => name);
    return [m.name, users.length === 1 ? users[0] : 'internal'];
  })
);
const problems = missingFrench(sites, reach, tablesOf(firstFileOnly));
check(
  problems.length === 1 && problems[0].includes('<pv-two>') && problems[0].startsWith(shared),
  `the read-back fails on the old split: ${problems.join('; ') || 'nothing found'}`
);
// A widget's lazy view ("one-view", of widget one) and the widget call the
// same message: the widget's table has it (the view loads after it), not
// internal, which every other widget carries.
const view = resolve('test/fixtures/split-locales/one-view.ts');
const viewReach = new Map([
  ['one', new Set([one])],
  ['one-view', new Set([view])],
  ['two', new Set([two])],
]);
const parent = new Map([['one-view', 'one']]);
const inView = generateMsgId('Only in widget one', false);
const viewSites = new Map([[inView, new Set([one, view])]]);
const viewGroups = groupMessages(viewSites, viewReach, parent);
check(viewGroups.get(inView) === 'one', `a message of a widget and its view goes to the widget's table (${viewGroups.get(inView)})`);
check(missingFrench(viewSites, viewReach, tablesOf(viewGroups), parent).length === 0, 'the read-back counts the widget\'s table for its view');
check(missingFrench(viewSites, viewReach, tablesOf(viewGroups)).length === 1, 'without the parent, the view would lack it (the check can fail)');
check(groupMessages(new Map([[inView, new Set([view, two])]]), viewReach, parent).get(inView) === 'internal', 'a view and another widget: internal');
// A widget's first step ("one-first", which loads widget one later) and the
// widget call the same message: it goes to the first step's table (the
// widget's takes it in), and to internal when another widget calls it too.
const firsts = new Map([['one-first', 'one']]);
const firstReach = new Map([
  ['one', new Set([one])],
  ['one-first', new Set([view])],
  ['two', new Set([two])],
]);
check(groupMessages(viewSites, firstReach, new Map(), firsts).get(inView) === 'one-first', `a message of a widget and its first step goes to the first step's table (${groupMessages(viewSites, firstReach, new Map(), firsts).get(inView)})`);
check(groupMessages(viewSites, firstReach).get(inView) === 'internal', 'without the first step known, it would go to internal (the check can fail)');
check(groupMessages(new Map([[inView, new Set([view, two])]]), firstReach, new Map(), firsts).get(inView) === 'internal', 'a first step and another widget: internal');

// The tables the build wrote: what the consent banner's first step shows is
// in its own table (loaded before the layer shows), once, and the banner's
// table takes it in.
const {readFileSync} = await import('node:fs');
const {readTemplates} = await import('./split-locales.mjs');
const keyLength = Number(/keyLength = (\d+)/.exec(readFileSync('src/generated/locales/fr/internal.ts', 'utf8'))[1]);
const key = (text) => generateMsgId(text, false).slice(0, keyLength + 1);
const firstTable = readTemplates('src/generated/locales/fr/consent-banner-first.ts');
const bannerTable = readTemplates('src/generated/locales/fr/consent-banner.ts');
const shown = ['Cookies and your privacy', 'Accept all', 'Reject all', 'Choose', 'Privacy policy', 'Got it'];
check(shown.every((t) => firstTable.has(key(t))), `the first step's table has the first layer's messages (${shown.filter((t) => !firstTable.has(key(t))).join(', ') || 'all'})`);
check(shown.every((t) => !bannerTable.has(key(t))), 'and the banner\'s own table does not repeat them');
check(!firstTable.has(key('Your privacy choices')) && bannerTable.has(key('Your privacy choices')), 'the dialog\'s title is in the banner\'s table, not the first step\'s');
check(/\.\.\.first,/.test(readFileSync('src/generated/locales/fr/consent-banner.ts', 'utf8')), 'the banner\'s table takes in the first step\'s');

// A message of no widget's code (the shared code) must be in internal.
const orphan = new Map([['s0000000000000000', new Set([resolve('src/internal/copy-status.ts')])]]);
check(missingFrench(orphan, reach, () => false).length === 1, 'a message of the shared code missing from internal is found');

console.log(`test:l10n: ${passed} checks passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
