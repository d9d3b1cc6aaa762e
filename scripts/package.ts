/**
 * `npm run package`: the store packages in packages/ —
 *   tact-<version>-chrome.zip   for the Chrome Web Store (and Edge Add-ons): dist/chrome
 *   tact-<version>-firefox.zip  for addons.mozilla.org: dist/firefox
 *   tact-<version>-source.zip   the sources Mozilla's reviewers rebuild from (every file git tracks,
 *                               with SOURCE-README.md saying how to rebuild)
 * Both builds are made fresh first; the packages are checked for the icon sizes the stores ask for.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { zip, type ZipEntry } from './zip.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(REPO, 'packages');
const { version } = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };

/** Chrome Web Store: 128 (store and install), 48 and 16 in the manifest; addons.mozilla.org: 48 and 96. */
export const STORE_ICON_SIZES = [16, 32, 48, 96, 128];

function filesUnder(dir: string, base = dir): ZipEntry[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full, base);
    return [{ name: path.relative(base, full).split(path.sep).join('/'), data: readFileSync(full) }];
  });
}

function pngSize(data: Buffer): number {
  return data.readUInt32BE(16);
}

function checkIcons(dir: string): void {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { icons: Record<string, string> };
  for (const size of STORE_ICON_SIZES) {
    const file = manifest.icons[String(size)];
    if (!file) throw new Error(`${dir}: no ${size}px icon in the manifest`);
    const actual = pngSize(readFileSync(path.join(dir, file)));
    if (actual !== size) throw new Error(`${dir}/${file} is ${actual}px, the manifest says ${size}px`);
  }
}

async function buildTarget(target: 'chrome' | 'firefox'): Promise<string> {
  const outDir = path.join(REPO, 'dist', target);
  process.env.TACT_TARGET = target;
  await build({ root: REPO, configFile: path.join(REPO, 'vite.config.ts'), logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  delete process.env.TACT_TARGET;
  checkIcons(outDir);
  return outDir;
}

const SOURCE_README = `# Building Tact from this source

Node 20 or later, on Linux, macOS or Windows (WSL):

    npm ci
    npm run build:firefox     # writes dist/firefox, the content of tact-${version}-firefox.zip

The build is Vite with @crxjs/vite-plugin (vite.config.ts); no code is minified beyond what Vite
does by default and no file is generated from a network resource.
`;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const written: string[] = [];
  for (const target of ['chrome', 'firefox'] as const) {
    const dir = await buildTarget(target);
    const file = path.join(OUT, `tact-${version}-${target}.zip`);
    writeFileSync(file, zip(filesUnder(dir)));
    written.push(file);
  }
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: REPO, encoding: 'utf8' }).split('\0').filter(Boolean);
  const source: ZipEntry[] = tracked
    .filter((f) => !f.startsWith('docs/screenshots/'))
    .map((f) => ({ name: f, data: readFileSync(path.join(REPO, f)) }));
  source.push({ name: 'SOURCE-README.md', data: Buffer.from(SOURCE_README) });
  const sourceFile = path.join(OUT, `tact-${version}-source.zip`);
  writeFileSync(sourceFile, zip(source));
  written.push(sourceFile);
  for (const f of written) console.log(`${path.relative(REPO, f)}  ${(statSync(f).size / 1024).toFixed(0)} KB`);
}

if (process.argv[1] && import.meta.url === `file://${path.resolve(process.argv[1])}`) await main();
