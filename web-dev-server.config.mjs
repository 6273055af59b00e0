// `npm start`: serves demo/ with live reload; TypeScript is compiled on the fly.
import {execFile} from 'node:child_process';
import {esbuildPlugin} from '@web/dev-server-esbuild';

/** Pre-renders a widget tag with bin/pv-render.mjs (for the embed builder). */
function renderTag(snippet, lang) {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/pv-render.mjs', '--lang', lang === 'fr' ? 'fr' : 'en', snippet], {timeout: 20000}, (err, stdout, stderr) =>
      resolve(err ? {status: 400, body: String(stderr || err.message).trim()} : {status: 200, body: stdout.trim()})
    );
  });
}

const port = Number(process.env.PORT) || 8000;

export default {
  rootDir: '.',
  port,
  hostname: '127.0.0.1',
  nodeResolve: true,
  watch: true,
  plugins: [
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}),
    {
      name: 'demo-url',
      serverStart() {
        console.log(`\n  Demo: http://127.0.0.1:${port}/demo/\n  Embed builder: http://127.0.0.1:${port}/demo/builder.html\n`);
      },
    },
  ],
  middleware: [
    async (ctx, next) => {
      if (ctx.path === '/') return ctx.redirect('/demo/');
      if (ctx.path === '/api/render') {
        const {status, body} = await renderTag(String(ctx.query.snippet ?? ''), String(ctx.query.lang ?? 'en'));
        ctx.status = status;
        ctx.type = 'text/plain; charset=utf-8';
        ctx.body = body;
        return;
      }
      return next();
    },
  ],
};
