/**
 * Trace: pick two entities, see the shortest chain of links and the alternatives, and read each hop
 * with its quotes and sources. The highlighted path on the canvas follows the path chosen here.
 */
import { DEFAULT_TRACE_OPTIONS, type TraceOptions } from '../api/paths.js';
import type { NodeFields } from '../api/types.js';
import { typeLabel } from '../graph/elements.js';
import type { Trace, TracePath } from '../graph/trace.js';
import { entityLink, evidenceList, kindBadge, period, statusBadge } from './badges.js';
import { connectionView } from './connection-view.js';
import { h, replaceChildren } from './dom.js';
import { entityCombobox } from './entity-combobox.js';
import { countWords } from '../graph/plural.js';
import { createTraceOptions } from './trace-options.js';

type End = { id: string; name: string };

/** What the panel asks of the explorer. */
export interface TraceActions {
  selected(): End | null;
  run(from: string, to: string): void;
  clear(): void;
  choose(index: number): void;
  open(id: string): void;
  /** New hop count, number of paths, order or hub threshold: trace again. */
  setOptions(options: TraceOptions): void;
}

function pathSummary(trace: Trace, path: TracePath, index: number): string {
  const via = path.hops.slice(0, -1).map((hop) => hop.to.name);
  const hops = countWords(path.length, 'hop');
  // A hop with parallel links names its strongest and says how many more there are.
  const links = path.hops
    .map(
      (hop) =>
        typeLabel(hop.relation.type) +
        (hop.relations.length > 1 ? ` +${hop.relations.length - 1}` : ''),
    )
    .join(', ');
  const first = trace.order === 'STRONGEST' ? 'Strongest' : 'Shortest';
  return `${index === 0 ? first : `Alternative ${index}`} · ${hops}${via.length ? ` via ${via.join(', ')}` : ' (direct link)'} · strength ${path.strength.toFixed(2)} — ${links}`;
}

function hopList(path: TracePath, open: (id: string) => void): HTMLElement {
  return h(
    'ol',
    { className: 'hops', 'data-testid': 'trace-hops', 'aria-label': 'Hops along the chosen path' },
    ...path.hops.map((hop) =>
      h(
        'li',
        {
          className: 'hop',
          'data-testid': 'trace-hop',
          'data-relation-id': hop.relation.id,
          // Every parallel link of the hop, all highlighted on the canvas.
          'data-relation-ids': hop.relations.map((r) => r.id).join(' '),
        },
        h(
          'div',
          { className: 'hop-line' },
          kindBadge(hop.from.kind),
          entityLink(hop.from, open),
          h(
            'span',
            {
              className: 'hop-arrow',
              title: hop.forward ? 'link points along the path' : 'link points back along the path',
            },
            hop.forward ? `—${typeLabel(hop.relation.type)}→` : `←${typeLabel(hop.relation.type)}—`,
          ),
          kindBadge(hop.to.kind),
          entityLink(hop.to, open),
        ),
        h(
          'div',
          { className: 'hop-line small muted' },
          statusBadge(hop.relation.status),
          period(hop.relation.since, hop.relation.until),
          countWords(hop.relation.independentSources, 'independent source'),
          hop.relations.length > 1
            ? ` · also ${hop.relations
                .slice(1)
                .map((r) => typeLabel(r.type))
                .join(', ')}`
            : null,
        ),
        evidenceList(hop.relation.evidence, 3),
      ),
    ),
  );
}

/** Mounts the panel into `root`. */
export function createTracePanel(root: HTMLElement, actions: TraceActions) {
  const ends: { from: End | null; to: End | null } = { from: null, to: null };
  const results = h('div', { 'data-testid': 'trace-results', 'aria-live': 'polite' });
  const endRow = (which: 'from' | 'to') => {
    const combo = entityCombobox({
      label: which === 'from' ? 'Trace from' : 'Trace to',
      placeholder: which === 'from' ? 'From… (e.g. TTP)' : 'To… (e.g. IS-K)',
      testId: `trace-${which}`,
      onChoose: (entity: NodeFields) => setEnd(which, entity),
    });
    const useSelected = h(
      'button',
      {
        type: 'button',
        className: 'btn small',
        title: 'Use the selected node',
        onclick: () => {
          const selected = actions.selected();
          if (selected) setEnd(which, selected);
        },
      },
      'Selected',
    );
    return {
      combo,
      row: h(
        'div',
        { className: 'trace-row' },
        h('div', { className: 'picker' }, combo.root),
        useSelected,
      ),
    };
  };
  const from = endRow('from');
  const to = endRow('to');
  const runButton = h(
    'button',
    { type: 'button', className: 'btn primary', 'data-testid': 'trace-run', onclick: () => run() },
    'Trace',
  );
  const swap = h(
    'button',
    {
      type: 'button',
      className: 'btn',
      title: 'Swap ends',
      'aria-label': 'Swap ends',
      onclick: () => {
        [ends.from, ends.to] = [ends.to, ends.from];
        showEnds();
      },
    },
    '⇅',
  );
  const clear = h(
    'button',
    { type: 'button', className: 'btn', onclick: () => actions.clear() },
    'Clear',
  );

  function showEnds() {
    from.combo.input.value = ends.from?.name ?? '';
    to.combo.input.value = ends.to?.name ?? '';
    runButton.disabled = !ends.from || !ends.to || ends.from.id === ends.to.id;
  }
  function run() {
    if (ends.from && ends.to && ends.from.id !== ends.to.id) actions.run(ends.from.id, ends.to.id);
  }
  function setEnd(which: 'from' | 'to', end: End) {
    ends[which] = { id: end.id, name: end.name };
    showEnds();
    run(); // both ends known: trace at once, the user asked for it by picking
  }

  replaceChildren(
    root,
    h(
      'form',
      {
        className: 'trace-form',
        'aria-label': 'Trace a connection',
        onsubmit: (e: Event) => (e.preventDefault(), run()),
      },
      h('label', {}, 'From'),
      from.row,
      h('label', {}, 'To'),
      to.row,
      h('div', { className: 'trace-row' }, runButton, swap, clear),
    ),
    createTraceOptions(DEFAULT_TRACE_OPTIONS, actions.setOptions),
    results,
  );
  showEnds();

  return {
    setEnd,
    /** Redraws the results for the explorer's current trace. */
    update(trace: Trace | null, chosen: number, nodes: Map<string, NodeFields>, loading: boolean) {
      // Only a new trace rewrites the fields, so a render while the user types leaves the text alone.
      if (trace && (ends.from?.id !== trace.from || ends.to?.id !== trace.to)) {
        // Names come from the canvas when the node is there, else from what was picked, else the id.
        const known = [ends.from, ends.to].filter((e): e is End => e !== null);
        const name = (id: string) =>
          nodes.get(id)?.name ?? known.find((e) => e.id === id)?.name ?? id;
        ends.from = { id: trace.from, name: name(trace.from) };
        ends.to = { id: trace.to, name: name(trace.to) };
        showEnds();
      }
      if (!trace)
        return replaceChildren(
          results,
          loading && ends.from && ends.to
            ? h('p', { className: 'muted', 'aria-busy': 'true' }, 'Tracing…')
            : h(
                'p',
                { className: 'muted small' },
                'Pick two entities to see how they connect, hop by hop, with the evidence for each link.',
              ),
        );
      const known = [ends.from, ends.to].filter((e): e is End => e !== null);
      const nameOf = (id: string) =>
        nodes.get(id)?.name ?? known.find((e) => e.id === id)?.name ?? id;
      const shared = trace.connection
        ? connectionView(trace.connection, nameOf, actions.open)
        : null;
      if (trace.paths.length === 0)
        return replaceChildren(
          results,
          h(
            'p',
            { 'data-testid': 'trace-none' },
            `No chain of links within ${trace.maxHops} ${trace.maxHops === 1 ? 'hop' : 'hops'} with the current filters.`,
          ),
          shared,
        );
      const chosenPath = trace.paths[chosen] ?? trace.paths[0]!;
      replaceChildren(
        results,
        h(
          'ul',
          { className: 'path-list', 'aria-label': 'Paths found' },
          ...trace.paths.map((path, i) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  'aria-pressed': String(i === chosen),
                  'data-testid': 'trace-path-option',
                  onclick: () => actions.choose(i),
                },
                pathSummary(trace, path, i),
              ),
            ),
          ),
        ),
        hopList(chosenPath, actions.open),
        shared,
      );
    },
  };
}
