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
// A message of no widget's code (the shared code) must be in internal.
const orphan = new Map([['s0000000000000000', new Set([resolve('src/internal/copy-status.ts')])]]);
check(missingFrench(orphan, reach, () => false).length === 1, 'a message of the shared code missing from internal is found');

console.log(`test:l10n: ${passed} checks passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
