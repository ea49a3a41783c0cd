/** SvelteKit config for the portal. Build from this folder (`cd web && vite build`): SvelteKit reads its files relative to the working directory. */
import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  // Runes only: a component written in the legacy syntax does not compile.
  compilerOptions: { runes: true },
  kit: {
    // web/build/handler.js is mounted by the API server (api/src/server/createApp.ts).
    adapter: adapter({ out: 'build', precompress: false }),
  },
};

export default config;
