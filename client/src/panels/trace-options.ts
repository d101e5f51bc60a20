/**
 * The trace panel's search settings: hop count, number of paths, order (shortest or strongest
 * first) and "avoid hubs" with its link threshold in view. Each change traces again.
 */
import type { PathOrder, TraceOptions } from '../api/paths.js';
import { h } from './dom.js';

/** Threshold the "avoid hubs" box starts with: a country or a big group has more links. */
const DEFAULT_HUB_DEGREE = 30;

const numberInput = (testId: string, label: string, value: number, min: number, max: number) =>
  h('input', {
    type: 'number',
    min,
    max,
    step: 1,
    value,
    className: 'num',
    'aria-label': label,
    'data-testid': testId,
  });

/** Mounts the settings; `onChange` receives the whole set after each valid change. */
export function createTraceOptions(
  initial: TraceOptions,
  onChange: (options: TraceOptions) => void,
): HTMLElement {
  const hops = numberInput('trace-max-hops', 'Hops at most', initial.maxHops, 1, 6);
  const first = numberInput('trace-first', 'Paths to show', initial.first, 1, 10);
  const degree = numberInput(
    'trace-max-degree',
    'Hub threshold (links)',
    initial.maxDegree ?? DEFAULT_HUB_DEGREE,
    1,
    100000,
  );
  const avoid = h('input', {
    type: 'checkbox',
    'data-testid': 'trace-avoid-hubs',
    checked: initial.maxDegree !== null,
  });
  const order = h(
    'select',
    { 'aria-label': 'Order of paths', 'data-testid': 'trace-order' },
    h('option', { value: 'SHORTEST', selected: initial.orderBy === 'SHORTEST' }, 'Shortest first'),
    h(
      'option',
      { value: 'STRONGEST', selected: initial.orderBy === 'STRONGEST' },
      'Strongest first',
    ),
  );
  const whole = (input: HTMLInputElement, min: number, max: number) => {
    const n = Math.round(Number(input.value));
    return Number.isFinite(n) && n >= min && n <= max ? n : null;
  };
  const changed = () => {
    const maxHops = whole(hops, 1, 6);
    const count = whole(first, 1, 10);
    const threshold = whole(degree, 1, 100000);
    degree.disabled = !avoid.checked;
    if (maxHops === null || count === null || threshold === null) return; // the browser marks it
    onChange({
      maxHops,
      first: count,
      orderBy: order.value as PathOrder,
      maxDegree: avoid.checked ? threshold : null,
    });
  };
  degree.disabled = !avoid.checked;
  for (const el of [hops, first, degree, avoid, order]) el.addEventListener('change', changed);
  return h(
    'fieldset',
    { className: 'trace-options', 'aria-label': 'Trace settings' },
    h('label', {}, 'Hops ', hops),
    h('label', {}, 'Paths ', first),
    h('label', {}, order),
    h(
      'label',
      { title: 'Do not pass through entities with more links than this (countries, busy groups)' },
      avoid,
      ' Avoid hubs: more than ',
      degree,
      ' links',
    ),
  );
}
