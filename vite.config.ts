import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import manifest from './manifest.json' with { type: 'json' };

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
      war.push({ matches: [...optionalHosts], resources: [...declared.resources], use_dynamic_url: false });
      built.web_accessible_resources = war;
      writeFileSync(file, `${JSON.stringify(built, null, 2)}\n`);
    },
  };
}

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifest as Parameters<typeof crx>[0]['manifest'] }), contentChunksOnOptionalHosts()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Chrome Web Store reviewers read the code; keep it legible and source maps out of the package.
    sourcemap: false,
    // Vite's preload helper would add <link rel=modulepreload> tags to the helpdesk's own page when
    // the content script loads its lazy half; the page's DOM is not ours to touch.
    modulePreload: false,
  },
});
