#!/usr/bin/env node
// Part of `npm run test:frameworks`: a Lit SSR host that is not pv-render (a
// plain @lit-labs/ssr render() of two widgets side by side) renders each in
// its own language, and patient-voice-widgets/ssr gives pv-render's HTML.
import {execFileSync} from 'node:child_process';
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import '../dist/index.js';
import {render as renderWidget} from '../dist/ssr/index.js';

const out = await collectResult(render(html`<pv-referral-options lang="fr" province="QC"></pv-referral-options><pv-referral-options lang="en"></pv-referral-options>`));
const [fr, en] = out.split('</pv-referral-options>');
const problems = [];
if (!fr.includes('Demander à votre médecin de famille')) problems.push('the French card titles are not in French');
// The text shown, not the styles (a CSS comment may name the English labels).
if (/Ask your family doctor|When it fits|How to ask/.test(fr.replace(/<style>[\s\S]*?<\/style>/g, ''))) problems.push('the French widget has English card text');
if (!en.includes('Ask your family doctor') || en.includes('Demander à votre')) problems.push('the English widget is not in English');
const tag = '<pv-medical-disclaimer variant="story" lang="fr" heading-level="3">';
const fromApi = await renderWidget({tag: 'pv-medical-disclaimer', attributes: {variant: 'story', lang: 'fr', 'heading-level': 3, compact: false}});
const fromCli = execFileSync(process.execPath, ['bin/pv-render.mjs', tag], {encoding: 'utf8'}).trim();
if (fromApi !== fromCli) problems.push('patient-voice-widgets/ssr and pv-render give different HTML');
if (problems.length) {
  console.error(`frameworks-ssr: ${problems.join('; ')}`);
  process.exit(1);
}
console.log('plain @lit-labs/ssr render(): each widget in its own language; the ssr entry gives pv-render\'s HTML');
