// The script-tag build. `tsc -p tsconfig.build.json` first compiles src/ to
// dist/ (unbundled ES modules + .d.ts for npm users, Lit left as an import);
// rollup then bundles that JS, with Lit and both languages inside, into one
// minified file for <script type="module">.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: {'patient-voice': 'dist/index.js'},
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({exportConditions: ['production', 'default']}),
    terser({
      module: true,
      ecma: 2022,
      compress: {passes: 2},
      format: {comments: false},
    }),
  ],
};
