/** The filters' summary line: what is shown of the view, and which link-less nodes stay and why. */
import type { Visibility } from './filters.js';
import type { Orphans } from './orphans.js';
import { countWords } from './plural.js';

/** The parts of a view snapshot the summary reads. */
interface SummaryInput {
  view: { nodes: Map<string, { name: string }>; relations: Map<string, unknown> };
  visibility: Visibility;
  orphans: Orphans;
}

const REASONS = { opened: 'opened', selected: 'selected', 'trace end': 'an end of the trace' };

/** What is shown of the view, what the filters hide, and which link-less nodes stay and why. */
export function summaryText(s: SummaryInput): string {
  const nodes = s.view.nodes.size;
  const links = s.view.relations.size;
  const hiddenNodes = [...s.view.nodes.keys()].filter((id) => s.visibility.hiddenNodes.has(id));
  const hiddenLinks = [...s.view.relations.keys()].filter((id) => s.visibility.hiddenEdges.has(id));
  if (hiddenNodes.length + hiddenLinks.length === 0)
    return `Showing all ${countWords(nodes, 'node')} and ${countWords(links, 'link')} in view.`;
  const parts = [
    `Showing ${nodes - hiddenNodes.length} of ${countWords(nodes, 'node')} and ` +
      `${links - hiddenLinks.length} of ${countWords(links, 'link')}.`,
  ];
  if (s.orphans.hidden.length > 0)
    parts.push(`${countWords(s.orphans.hidden.length, 'node')} left without a shown link hidden.`);
  for (const { id, reason } of s.orphans.kept) {
    const name = s.view.nodes.get(id)?.name ?? id;
    parts.push(`${name} stays without a shown link: it is ${REASONS[reason]}.`);
  }
  return parts.join(' ');
}
