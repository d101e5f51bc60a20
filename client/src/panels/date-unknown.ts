/**
 * The "date unknown" mark on undated attacks and links (time-rule.ts): a time view ("as of" or a
 * window) leaves them out unless "Include undated" is on, so wherever they are listed they say why.
 */
import type { NodeFields, RelationFields } from '../api/types.js';
import { edgeTime, nodeTime } from '../graph/time-rule.js';
import { h } from './dom.js';

/** The mark itself. */
function dateUnknownMark(what: 'attack' | 'link'): HTMLElement {
  return h(
    'span',
    {
      className: 'date-unknown',
      'data-testid': 'date-unknown',
      title:
        what === 'attack'
          ? 'The sources give no date for this attack: an "as of" view or a window shows it only with "Include undated".'
          : 'No since/until and no dated attack at either end: an "as of" view or a window shows it only with "Include undated".',
    },
    'date unknown',
  );
}

/** The mark when `node` is an attack without a date, else null. */
export function nodeDateMark(node: Pick<NodeFields, 'kind' | 'date'>): HTMLElement | null {
  return nodeTime(node) === 'undated' ? dateUnknownMark('attack') : null;
}

/** The mark when `relation` is undated given the nodes at its ends, else null. */
export function relationDateMark(
  relation: Pick<RelationFields, 'from' | 'to' | 'since' | 'until'>,
  nodes: ReadonlyMap<string, Pick<NodeFields, 'kind' | 'date'>>,
): HTMLElement | null {
  const time = edgeTime({ source: relation.from.id, target: relation.to.id, ...relation }, nodes);
  return time === 'undated' ? dateUnknownMark('link') : null;
}
