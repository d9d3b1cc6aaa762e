import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import baseManifest from './manifest.json' with { type: 'json' };

/**
 * One codebase, two packages: `npm run build` builds `dist/chrome` (Chrome, Edge and other Chromium
 * browsers) and `dist/firefox`. TACT_TARGET picks one (`TACT_TARGET=firefox vite build`).
 */
export type Target = 'chrome' | 'firefox';
const target: Target = process.env.TACT_TARGET === 'firefox' ? 'firefox' : 'chrome';

/**
 * Test builds only (TACT_TEST_HOSTS=1: the e2e suite's builds, `npm run dev`): the content script
 * also runs on the loopback fixture server. The store package never asks for plain-http pages.
 */
const TEST_HOST_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];
const withTestHosts = process.env.TACT_TEST_HOSTS === '1';

/** Firefox's manifest: the same extension, with what Gecko needs and without what it rejects. */
function manifestFor(t: Target): typeof baseManifest {
  const m = structuredClone(baseManifest) as Record<string, unknown> & typeof baseManifest;
  if (withTestHosts) m.content_scripts[0]!.matches.push(...TEST_HOST_MATCHES);
  if (t === 'chrome') {
    // Chrome does not know the gecko block and warns about it.
    delete (m as Record<string, unknown>).browser_specific_settings;
    return m;
  }
  // The id comes from browser_specific_settings, not from a public key.
  delete (m as Record<string, unknown>).key;
  // Firefox runs MV3 backgrounds as event pages (background.scripts); crxjs writes the loader there.
  (m as Record<string, unknown>).background = { scripts: [baseManifest.background.service_worker], type: 'module' };
  return m;
}

interface BuiltManifest {
  content_scripts?: { matches?: string[] }[];
  optional_host_permissions?: string[];
  web_accessible_resources?: { matches: string[]; resources: string[]; use_dynamic_url?: boolean }[];
}

/**
 * Helpdesks on custom domains (`sites`, issue #5). The background registers the manifest's content
 * script (crxjs's loader) for each host the agent grants; the loader `import()`s the real module
 * and its chunks by `chrome.runtime.getURL`, and a page may load those only if they are
 * web-accessible to it. crxjs makes them web-accessible only on the static `content_scripts`
 * matches, so on a granted custom host the import was refused ("Denying load of …"). This plugin
 * adds a second `web_accessible_resources` entry: the same content chunks, for the optional host
 * patterns. It grants no host access (`host_permissions` stays empty, `<all_urls>` is never asked
 * for): the script only runs where the agent granted the host.
 *
 * Trade-off: any https/http page can now fetch these files by URL, so a page can tell that Tact is
 * installed (the id is public and the chunk names are in the store package). The files are our
 * own code, with no settings or data in them. `use_dynamic_url: true` would hide them behind a
 * per-session id, but Chromium 156 resolves the chunks' relative imports against the static id
 * URL, which is then refused (measured: the main chunk loads from the dynamic URL and its
 * `./stored-….js` import is denied), so coaching fails. crxjs uses the same static entry for
 * `?script` dynamic content scripts. The way to avoid web-accessible files altogether is a
 * self-contained IIFE registered by the background (crxjs `?script&iife`), at the cost of
 * loading the whole coach on every page load instead of on first focus.
 */
function contentChunksOnOptionalHosts(): Plugin {
  return {
    name: 'tact:content-chunks-on-optional-hosts',
    apply: 'build',
    enforce: 'post',
    // After crxjs has written its final manifest (it finishes the manifest late in its own hooks).
    writeBundle(options) {
      const file = path.join(options.dir ?? 'dist', 'manifest.json');
      const built = JSON.parse(readFileSync(file, 'utf8')) as BuiltManifest;
      const scriptMatches = new Set(built.content_scripts?.flatMap((s) => s.matches ?? []) ?? []);
      const war = built.web_accessible_resources ?? [];
      // crxjs's entry for the declared content script: its matches are exactly the script's.
      const declared = war.find((r) => r.matches.length > 0 && r.matches.every((m) => scriptMatches.has(m)));
      const optionalHosts = built.optional_host_permissions ?? [];
      if (!declared || !optionalHosts.length) this.error('no web_accessible_resources entry for the content script to widen');
      war.push({ matches: [...optionalHosts], resources: [...declared.resources], ...(target === 'chrome' ? { use_dynamic_url: false } : {}) });
      built.web_accessible_resources = war;
      if (target === 'firefox') finishFirefoxManifest(built as Record<string, unknown>);
      writeFileSync(file, `${JSON.stringify(built, null, 2)}\n`);
    },
  };
}

/**
 * The service worker entry beside background.scripts, so the one manifest reads right in both
 * engines (Chromium uses the worker, Firefox the scripts), and the data-collection statement
 * addons.mozilla.org asks for: Tact collects nothing.
 */
function finishFirefoxManifest(built: Record<string, unknown>): void {
  const background = built.background as { scripts: string[]; type?: string };
  built.background = { scripts: background.scripts, service_worker: background.scripts[0], type: 'module' };
  built.browser_specific_settings = {
    gecko: { id: baseManifest.browser_specific_settings.gecko.id, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    gecko_android: { strict_min_version: '142.0' },
  };
}

/** The agents' languages: `_locales/` is copied as is (the store listing and manifest read it too). */
function locales(): Plugin {
  return {
    name: 'tact:locales',
    apply: 'build',
    generateBundle() {
      for (const locale of readdirSync('_locales')) {
        const fileName = `_locales/${locale}/messages.json`;
        this.emitFile({ type: 'asset', fileName, source: readFileSync(fileName, 'utf8') });
      }
    },
  };
}

export default defineConfig({
  plugins: [
    preact(),
    crx({ manifest: manifestFor(target) as Parameters<typeof crx>[0]['manifest'], browser: target }),
    locales(),
    contentChunksOnOptionalHosts(),
  ],
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    // Chrome Web Store reviewers read the code; keep it legible and source maps out of the package.
    sourcemap: false,
    // Vite's preload helper would add <link rel=modulepreload> tags to the helpdesk's own page when
    // the content script loads its lazy half; the page's DOM is not ours to touch.
    modulePreload: false,
  },
});
