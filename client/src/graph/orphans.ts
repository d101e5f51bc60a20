/**
 * Nodes left without a visible link by a filter. Unchecking a relationship type, a status or a
 * kind hides links; a node whose every link in view is hidden would float alone on the canvas, so
 * it is hidden too, unless it is one the user asked for (an opened or kept node, the selection,
 * an end of the trace), which stays and is named with the reason.
 */
import type { Visibility } from './filters.js';

/** Why a node stays although none of its links is shown. */
type KeptReason = 'opened' | 'selected' | 'trace end';

/** The nodes a filter left without links: those hidden for it, and those kept with the reason. */
export interface Orphans {
  hidden: string[];
  kept: { id: string; reason: KeptReason }[];
}

/** The user's own nodes, which a filter never takes away. */
interface Anchors {
  opened: string[];
  selected: string | null;
  traceEnds: string[];
}

function reasonOf(id: string, a: Anchors): KeptReason | null {
  if (a.opened.includes(id)) return 'opened';
  if (a.selected === id) return 'selected';
  if (a.traceEnds.includes(id)) return 'trace end';
  return null;
}

/**
 * `visibility` with the orphans of `edges` hidden, and the report of them. A node with no link in
 * view at all (opened on its own) is not an orphan: no filter took its links away. Faded links
 * (outside the time window) still count as shown.
 */
export function hideOrphans(
  edges: { id: string; source: string; target: string }[],
  visibility: Visibility,
  anchors: Anchors,
): { visibility: Visibility; orphans: Orphans } {
  const linked = new Set<string>();
  const shown = new Set<string>();
  for (const e of edges) {
    for (const end of [e.source, e.target]) {
      linked.add(end);
      if (!visibility.hiddenEdges.has(e.id)) shown.add(end);
    }
  }
  const orphans: Orphans = { hidden: [], kept: [] };
  for (const id of linked) {
    if (shown.has(id) || visibility.hiddenNodes.has(id)) continue;
    const reason = reasonOf(id, anchors);
    if (reason) orphans.kept.push({ id, reason });
    else orphans.hidden.push(id);
  }
  if (orphans.hidden.length === 0) return { visibility, orphans };
  const hiddenNodes = new Set([...visibility.hiddenNodes, ...orphans.hidden]);
  const fadedNodes = new Set([...visibility.fadedNodes].filter((id) => !hiddenNodes.has(id)));
  return { visibility: { ...visibility, hiddenNodes, fadedNodes }, orphans };
}
