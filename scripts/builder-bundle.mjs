// The embed builder as one plain script: demo/builder.ts with what it
// imports (its words, the provinces' names from the library's content),
// bundled by rollup. TypeScript is only stripped (ts.transpileModule): the
// project's typecheck covers these files.
import {existsSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {rollup} from 'rollup';
import terser from '@rollup/plugin-terser';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Resolves `./x.js` to `./x.ts` beside the importer (the project's import style) and strips the types. */
const typescript = {
  name: 'strip-types',
  resolveId(source, importer) {
    if (!importer || !source.startsWith('.')) return null;
    const ts = join(dirname(importer), source.replace(/\.js$/, '.ts'));
    return existsSync(ts) ? ts : null;
  },
  transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const out = ts.transpileModule(code, {compilerOptions: {module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, sourceMap: true}, fileName: id});
    return {code: out.outputText.replace(/\/\/# sourceMappingURL=.*$/m, ''), map: out.sourceMapText};
  },
};

/** The bundled builder's code (an ES module). */
export async function builderBundle() {
  const bundle = await rollup({input: join(root, 'demo/builder.ts'), plugins: [typescript, terser({format: {comments: false}})], onwarn: (w) => { throw new Error(`builder bundle: ${w.message}`); }});
  const {output} = await bundle.generate({format: 'es'});
  await bundle.close();
  return output[0].code;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(await builderBundle());
}
