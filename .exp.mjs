import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import {partnerPage} from './bench/partner-pages.mjs';
const pages = new Map();
const server = createServer(async (req, res) => {
  let p = new URL(req.url, 'http://x').pathname;
  if (pages.has(p)) { res.writeHead(200, {'content-type': 'text/html'}); return res.end(pages.get(p)); }
  const slow = /^\/__slow\/(\d+)(\/.*)$/.exec(p);
  if (slow) { await new Promise((r) => setTimeout(r, +slow[1])); p = slow[2]; }
  try { const b = await readFile('.' + p); res.writeHead(200, {'content-type': p.endsWith('.js') ? 'text/javascript' : 'text/html', 'cache-control': 'no-store'}); res.end(b); }
  catch { res.writeHead(404); res.end(); }
});
await new Promise((r) => server.listen(8555, r));
const b = await puppeteer.launch({executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu']});
const CLS = `window.__cls=0;window.__shifts=[];new PerformanceObserver(l=>{for(const e of l.getEntries()){window.__cls+=e.value;window.__shifts.push([Math.round(e.startTime),e.value])}}).observe({type:'layout-shift',buffered:true});`;
for (const [name, mut] of JSON.parse(process.argv[2])) {
  let html = partnerPage({path: mut.path, lang: 'en', widget: mut.widget, base: `/__slow/${mut.delay}/dist/cdn/`});
  if (mut.tla) html = html.replace('autoloader.js', 'tla.js');
  if (mut.noblock) html = html.replace(' blocking="render"', '');
  pages.set('/p/' + name, html);
  const page = await b.newPage();
  await page.evaluateOnNewDocument(CLS);
  await page.setViewport({width: 412, height: 823});
  await page.goto('http://127.0.0.1:8555/p/' + name, {waitUntil: 'networkidle0'});
  await new Promise((r) => setTimeout(r, 500));
  const r = await page.evaluate(() => ({cls: window.__cls, shifts: window.__shifts, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime}));
  console.log(name, JSON.stringify(r));
  await page.close();
}
await b.close(); server.close();
