/** Typed context for the Presenter state: set by the presentation page, read by its modes. */
import { createContext } from 'svelte';
import type { Presenter } from './presenter.svelte';

const [getPresenter, setPresenter] = createContext<Presenter>();

export { getPresenter, setPresenter };
