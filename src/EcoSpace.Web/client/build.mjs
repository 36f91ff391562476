// Builds the client into ../wwwroot: index.html, app.js (one ESM bundle), app.css.
// Usage: node build.mjs [--watch] [--dev]   (--dev: no minification, inline source map)
import * as esbuild from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'wwwroot');
const watch = process.argv.includes('--watch');
const dev = watch || process.argv.includes('--dev');

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

// index.html with src/preload.ts inline (its requests start before app.js is even parsed)
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
});
const preloadJs = preload.outputFiles[0].text.trim();
if (preloadJs.includes('</script')) throw new Error('preload.ts bundle contains </script');
await writeFile(join(out, 'index.html'), html.replace(marker, () => `<script>${preloadJs}</script>`));
console.log(`index.html: preload script ${(preloadJs.length / 1024).toFixed(1)} KiB inline`);

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
