/**
 * SvelteKit config for the portal. SvelteKit reads src/ and .svelte-kit/ relative to the working directory, so
 * builds run in web/ (vite.config.ts moves there itself when started from the repo root).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const webDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(webDir, '..');

/**
 * adapter-node reads `./package.json` to leave production dependencies out of the bundle; the project's one
 * package.json is at the repo root, so the adapter step runs there. Output: web/build/handler.js, which the API
 * server mounts (api/src/server/createApp.ts).
 * @returns {import('@sveltejs/kit').Adapter}
 */
function nodeAdapterAtRepoRoot() {
  const inner = adapter({ out: resolve(webDir, 'build'), precompress: true });
  return {
    ...inner,
    async adapt(builder) {
      const cwd = process.cwd();
      process.chdir(repoRoot);
      try {
        await inner.adapt(builder);
      } finally {
        process.chdir(cwd);
      }
    },
  };
}

/**
 * The pages' Content-Security-Policy (issue 7). No inline or injected script runs: SvelteKit allows its own inline
 * start-up script by a nonce per response ('auto': a hash instead on prerendered pages), and everything else is
 * loaded from our origin. No 'unsafe-eval': nothing shipped needs it (Cytoscape, fcose, Observable Plot, d3).
 * Styles may be inline (Svelte, Cytoscape and Plot set style attributes and <style> elements); the export of charts
 * needs data: fonts and data:/blob: images; decks may be opened from any web address (`?src=https://…`), so
 * fetches may go to http(s) origins. Non-page responses get a stricter policy from the API server
 * (api/src/server/securityHeaders.ts); tests/e2e/xssCsp.e2e.test.ts checks every page under this one.
 * @type {import('@sveltejs/kit').KitConfig['csp']}
 */
const csp = {
  mode: 'auto',
  directives: {
    'default-src': ['self'],
    'script-src': ['self'],
    'style-src': ['self', 'unsafe-inline'],
    'img-src': ['self', 'data:', 'blob:'],
    'font-src': ['self', 'data:'],
    'connect-src': ['self', 'https:', 'http:'],
    'object-src': ['none'],
    'base-uri': ['self'],
    'form-action': ['self'],
    'frame-ancestors': ['none'],
  },
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  // Runes only: a component written in the legacy syntax does not compile.
  compilerOptions: { runes: true },
  kit: { adapter: nodeAdapterAtRepoRoot(), csp },
};

export default config;
