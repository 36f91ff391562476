// Builds the client into ../wwwroot: index.html, app.js (one ESM bundle), app.css.
// Usage: node build.mjs [--watch] [--dev]   (--dev: no minification, inline source map)
import * as esbuild from 'esbuild';
import { mkdir, copyFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'wwwroot');
const watch = process.argv.includes('--watch');
const dev = watch || process.argv.includes('--dev');

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await copyFile(join(here, 'static', 'index.html'), join(out, 'index.html'));

const options = {
  entryPoints: { app: join(here, 'src', 'main.ts'), styles: join(here, 'static', 'app.css') },
  outdir: out,
  bundle: true,
  format: 'esm',
  target: ['es2022'],
  minify: !dev,
  sourcemap: dev ? 'inline' : false,
  legalComments: 'linked',
  metafile: true,
  logLevel: 'info',
  charset: 'utf8',
};

if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  const result = await esbuild.build(options);
  const outputs = Object.entries(result.metafile.outputs)
    .filter(([name]) => !name.endsWith('.LEGAL.txt'))
    .map(([name, o]) => `${name.split('/').pop()} ${(o.bytes / 1024).toFixed(0)} KiB`);
  console.log('wwwroot:', outputs.join(', '));
}
