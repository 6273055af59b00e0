// For the renderer's browser tests (src/hostile/renderer.test.ts): reads
// {"snippets": [...], "lang": "en"} as JSON on standard input, renders each
// with the render API of dist/ssr/render.js (npm run build) and writes
// [{html, warnings} | {error}] as JSON on standard output. A process of its
// own, so that the server renderer's DOM shim never enters the test server.
import {render} from '../dist/ssr/render.js';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const {snippets, lang} = JSON.parse(input);
const out = [];
for (const snippet of snippets) {
  try {
    out.push(await render(snippet, {lang}));
  } catch (e) {
    out.push({error: e instanceof Error ? e.message : String(e)});
  }
}
process.stdout.write(JSON.stringify(out));
