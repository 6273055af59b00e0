/* global trustedTypes */
// Puts one declared example (dist/examples.js) on the page. Parsing the
// example's HTML is a Trusted Types sink: this test page uses its own policy,
// `pv-test`, for that; the library itself needs only `lit-html` and `pv-consent`.
import {examples} from '/dist/examples.js';

const q = new URLSearchParams(location.search);
const example = examples[q.get('tag')].find((e) => e.id === q.get('id'));
const policy = trustedTypes.createPolicy('pv-test', {createHTML: (s) => s});
const root = document.getElementById('root');
root.lang = q.get('lang') || 'en';
root.innerHTML = policy.createHTML(example.html);
window.__ready = true;
