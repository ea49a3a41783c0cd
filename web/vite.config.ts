import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// SvelteKit finds svelte.config.js, src/ and .svelte-kit/ through the working directory, not Vite's root.
// Moving into web/ first lets `vite build --config web/vite.config.ts` run from the repo root as well as from
// here; the plugin is imported only afterwards because it reads the working directory when it loads.
const webDir = resolve(fileURLToPath(new URL('.', import.meta.url)));
if (process.cwd() !== webDir) process.chdir(webDir);
const { sveltekit } = await import('@sveltejs/kit/vite');

export default defineConfig({
  root: webDir,
  plugins: [sveltekit()],
  server: {
    // `vite dev` alone has no API: send GraphQL to a running `npm start` (port 3000).
    proxy: { '/graphql': 'http://localhost:3000' },
  },
});
