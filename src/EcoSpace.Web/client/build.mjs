// Builds the client into ../wwwroot: index.html, app.js (the ESM entry) and its chunks, styles.css.
// Usage: node build.mjs [--watch] [--dev]   (--dev: no minification, inline source map)
//
// app.js holds what the first picture needs; code only editing needs (editing.ts) and the
// vector-tile and basemap modules are chunks (chunks/*.js) loaded with import(). index.html gets
// src/preload.ts inline (the start-up requests) and <link rel="modulepreload"> for app.js's static
// chunks and the editing chunk, so that all of them download and compile in parallel.
import * as esbuild from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'wwwroot');
const watch = process.argv.includes('--watch');
const dev = watch || process.argv.includes('--dev');

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

const options = {
  entryPoints: { app: join(here, 'src', 'main.ts'), styles: join(here, 'static', 'app.css') },
  outdir: out,
  bundle: true,
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: ['es2022'],
  minify: !dev,
  sourcemap: dev ? 'inline' : false,
  legalComments: 'linked',
  metafile: true,
  logLevel: 'info',
  charset: 'utf8',
};

/** Output files (relative to wwwroot, '/'-separated) that `file` imports statically, itself included. */
function staticClosure(outputs, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const i of outputs[file]?.imports ?? []) if (i.kind === 'import-statement') staticClosure(outputs, i.path, seen);
  return seen;
}

/** The output whose dynamic entry point is `source` (e.g. src/editing.ts). */
function chunkOf(outputs, source) {
  return Object.keys(outputs).find((name) => outputs[name].entryPoint?.endsWith(source));
}

async function writeIndex(metafile) {
  const outputs = metafile ? Object.fromEntries(Object.entries(metafile.outputs).map(([k, v]) => [k, v])) : {};
  const rel = (name) => './' + relative(out, join(here, name)).split('\\').join('/');
  const app = Object.keys(outputs).find((name) => outputs[name].entryPoint?.endsWith('src/main.ts'));
  const editing = chunkOf(outputs, 'src/editing.ts');
  const tiles = chunkOf(outputs, 'src/map/vectorTiles.ts');
  // app.js's static imports and the editing chunk (with its own static imports): fetched at once
  const eager = new Set();
  if (app) for (const f of staticClosure(outputs, app)) if (f !== app) eager.add(f);
  if (editing) for (const f of staticClosure(outputs, editing)) eager.add(f);
  const tileFiles = tiles ? [...staticClosure(outputs, tiles)].filter((f) => !eager.has(f) && f !== app).map(rel) : [];

  const marker = /<!-- ecospace-preload:[^>]*-->/;
  const html = await readFile(join(here, 'static', 'index.html'), 'utf8');
  if (!marker.test(html)) throw new Error('static/index.html lacks the <!-- ecospace-preload: ... --> marker');
  const preload = await esbuild.build({
    entryPoints: [join(here, 'src', 'preload.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: ['es2022'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    define: { PRELOAD_VECTOR_TILE_MODULES: JSON.stringify(tileFiles) },
  });
  const preloadJs = preload.outputFiles[0].text.trim();
  if (preloadJs.includes('</script')) throw new Error('preload.ts bundle contains </script');
  const links = [...eager].map((f) => `<link rel="modulepreload" href="${rel(f)}">`).join('\n  ');
  await writeFile(join(out, 'index.html'), html.replace(marker, () => `<script>${preloadJs}</script>${links ? '\n  ' + links : ''}`));
  console.log(`index.html: preload script ${(preloadJs.length / 1024).toFixed(1)} KiB inline, ${eager.size} modulepreload link(s)`);
}

if (watch) {
  // chunk names change with every rebuild: no modulepreload links while watching
  await writeIndex(null);
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  const result = await esbuild.build(options);
  await writeIndex(result.metafile);
  const outputs = Object.entries(result.metafile.outputs)
    .filter(([name]) => !name.endsWith('.LEGAL.txt'))
    .map(([name, o]) => `${relative(out, join(here, name))} ${(o.bytes / 1024).toFixed(0)} KiB`);
  console.log('wwwroot:', outputs.join(', '));
}
