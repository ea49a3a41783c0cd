/** The header's navigation. Later issues add Explorer, Compare, Planner, Cases, Literature, Timeline and Data here as their pages land. */
import type { MessageKey } from '$lib/i18n/translate';

export interface NavItem {
  href: string;
  label: MessageKey;
  /** Whether the item is the current section for a path. */
  matches: (pathname: string) => boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/', label: 'nav.home', matches: (p) => p === '/' },
  { href: '/browse', label: 'nav.browse', matches: (p) => p === '/browse' || p.startsWith('/browse/') },
];
