/** Keeps the address bar in step with the view, and the view with back/forward. */
import { decodeViewState, encodeViewState } from '../graph/url-state.js';
import type { ViewState } from '../graph/view-state.js';

/** Parameters that are not part of the view but must survive rewrites (`renderer`; `map`, which the map view writes: graph/map-state.ts). */
const KEEP = ['renderer', 'map'];

function urlFor(state: ViewState): string {
  const current = new URLSearchParams(location.search);
  const kept = KEEP.flatMap((k) =>
    current.has(k) ? [`${k}=${encodeURIComponent(current.get(k)!)}`] : [],
  );
  const query = [encodeViewState(state), ...kept].filter(Boolean).join('&');
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

/** Writes the view into the URL: a new history entry ('push') or the current one ('replace'). */
export function writeUrl(state: ViewState, mode: 'push' | 'replace'): void {
  const url = urlFor(state);
  if (url === `${location.pathname}${location.search}`) return;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/** The view the current URL describes. */
export function readUrl(): ViewState {
  return decodeViewState(location.search);
}

/** Calls `apply` with the URL's view whenever the user goes back or forward. */
export function onHistoryMove(apply: (state: ViewState) => void): void {
  window.addEventListener('popstate', () => apply(readUrl()));
}
