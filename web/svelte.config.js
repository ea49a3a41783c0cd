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
  const inner = adapter({ out: resolve(webDir, 'build'), precompress: false });
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

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  // Runes only: a component written in the legacy syntax does not compile.
  compilerOptions: { runes: true },
  kit: { adapter: nodeAdapterAtRepoRoot() },
};

export default config;
