/** Typed context for the explorer's state: created by the page, read by its panels. */
import { createContext } from 'svelte';
import type { Explorer } from './Explorer.svelte';

const [getExplorer, setExplorer] = createContext<Explorer>();

export { getExplorer, setExplorer };
