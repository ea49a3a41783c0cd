import type { LayoutServerLoad } from './$types';

/** The language hooks.server.ts chose; the root layout seeds the I18n state with it. */
export const load: LayoutServerLoad = ({ locals }) => ({ lang: locals.lang });
