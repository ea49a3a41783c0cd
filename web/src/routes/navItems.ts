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
  // The network explorer (issue #4).
  { href: '/explore', label: 'nav.explore', matches: (p) => p === '/explore' || p.startsWith('/explore/') },
  // Comparisons and the planner (issue #5).
  { href: '/compare', label: 'nav.compare', matches: (p) => p === '/compare' || p.startsWith('/compare/') },
  { href: '/planner', label: 'nav.planner', matches: (p) => p === '/planner' || p.startsWith('/planner/') },
  // Teaching and reading (issue #6).
  { href: '/cases', label: 'nav.cases', matches: (p) => p === '/cases' || p.startsWith('/cases/') },
  { href: '/present', label: 'nav.present', matches: (p) => p === '/present' || p.startsWith('/present/') },
  { href: '/literature', label: 'nav.literature', matches: (p) => p === '/literature' || p.startsWith('/literature/') },
  { href: '/timeline', label: 'nav.timeline', matches: (p) => p === '/timeline' || p.startsWith('/timeline/') },
  // Visual analytics (issue #9).
  { href: '/dashboard', label: 'nav.dashboard', matches: (p) => p === '/dashboard' || p.startsWith('/dashboard/') },
  { href: '/map', label: 'nav.map', matches: (p) => p === '/map' || p.startsWith('/map/') },
  { href: '/data', label: 'nav.data', matches: (p) => p === '/data' || p.startsWith('/data/') },
];
