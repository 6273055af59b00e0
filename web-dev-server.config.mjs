// `npm start`: serves demo/ with live reload; TypeScript is compiled on the fly.
import {esbuildPlugin} from '@web/dev-server-esbuild';

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
        console.log(`\n  Demo: http://127.0.0.1:${port}/demo/\n`);
      },
    },
  ],
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/') ctx.redirect('/demo/');
      return next();
    },
  ],
};
