// `npm start`: serves demo/ with live reload; TypeScript is compiled on the fly.
// PORT=8080 npm start serves on another port (default 8000).
//
// The demo reads the build (the embed builder: dist/custom-elements.json and
// dist/cdn/) from its own copy, .demo/dist/, made when the server starts, so
// that `npm test` or `npm run build`, which delete and rebuild dist/, never
// break a running demo.
import {cpSync, existsSync, rmSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';

const port = Number(process.env.PORT) || 8000;
if (!existsSync('dist/cdn/patient-voice.js')) throw new Error('dist/ is not built: run `npm run build` (npm start does).');
rmSync('.demo/dist', {recursive: true, force: true});
cpSync('dist', '.demo/dist', {recursive: true});

const urls = () => console.log(`\n  Demo: http://127.0.0.1:${port}/demo/\n  Embed builder: http://127.0.0.1:${port}/demo/builder.html\n  (PORT=… npm start for another port)\n`);

export default {
  rootDir: '.',
  port,
  hostname: '127.0.0.1',
  nodeResolve: true,
  watch: true,
  // The URLs stay on screen: the terminal is not cleared on each rebuild, and
  // they are printed again after it.
  clearTerminalOnReload: false,
  plugins: [
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}),
    {
      name: 'demo-url',
      serverStart({fileWatcher}) {
        urls();
        let timer;
        fileWatcher.on('change', () => {
          clearTimeout(timer);
          timer = setTimeout(urls, 300);
        });
      },
    },
  ],
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/') return ctx.redirect('/demo/');
      if (ctx.path.startsWith('/dist/')) ctx.url = `/.demo${ctx.url}`;
      return next();
    },
  ],
};
