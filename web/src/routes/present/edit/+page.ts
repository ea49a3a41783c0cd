import type { PageLoad } from './$types';

export const load: PageLoad = ({ url }) => {
  const from = url.searchParams.get('from');
  return {
    /** A shipped deck to start from (a copy; the original is untouched). */
    from: from && /^[a-z0-9-]{1,64}$/.test(from) ? from : null,
    fresh: url.searchParams.get('new') !== null,
  };
};
