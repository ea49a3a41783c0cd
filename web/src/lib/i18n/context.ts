/** Typed context for the I18n state: set once by the root layout, read by any component below it. */
import { createContext } from 'svelte';
import type { I18n } from './I18n.svelte';

const [getI18n, setI18n] = createContext<I18n>();

export { getI18n, setI18n };
