/**
 * ViewState ⇄ URL query string, so a link reopens the view. Short keys keep links pasteable;
 * decoding drops whatever it does not recognise instead of failing, because links get mangled.
 *
 *   x  expanded ids        n  kept ids          h  hidden ids      pin  id@x,y;…
 *   t  from,to (trace)     sel selected id      lay layout
 *   hk hidden kinds        ht hidden types      hs hidden statuses
 *   from,to time window (YYYY-MM)               asof "as of" date
 */
import { isEntityKind } from './kinds.js';
import { isLayoutName } from './layouts.js';
import { emptyViewState, type Pin, type ViewState } from './view-state.js';

const ENTITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TYPE = /^[A-Z][A-Z_]*$/;
const STATUS = /^[a-z]+$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function list(params: URLSearchParams, key: string, valid: RegExp): string[] {
  const raw = params.get(key);
  if (!raw) return [];
  return [...new Set(raw.split(',').filter((v) => valid.test(v)))];
}

function pins(raw: string | null): Pin[] {
  const result: Pin[] = [];
  for (const part of (raw ?? '').split(';')) {
    const match = /^([a-z0-9-]+)@(-?\d+),(-?\d+)$/.exec(part);
    if (match && ENTITY_ID.test(match[1]!))
      result.push({ id: match[1]!, x: Number(match[2]), y: Number(match[3]) });
  }
  return result;
}

/** The query string (without '?') for a view; empty parts are left out. */
export function encodeViewState(state: ViewState): string {
  const params: [string, string][] = [];
  const put = (key: string, value: string | null | undefined) => {
    if (value) params.push([key, value]);
  };
  put('x', state.expanded.join(','));
  put('n', state.kept.join(','));
  put('h', state.hidden.join(','));
  put('pin', state.pinned.map((p) => `${p.id}@${Math.round(p.x)},${Math.round(p.y)}`).join(';'));
  put('t', state.trace ? `${state.trace.from},${state.trace.to}` : null);
  put('sel', state.selected);
  if (state.layout !== 'fcose') put('lay', state.layout);
  const f = state.filters;
  put('hk', f.hiddenKinds.join(','));
  put('ht', f.hiddenTypes.join(','));
  put('hs', f.hiddenStatuses.join(','));
  put('from', f.window?.from);
  put('to', f.window?.to);
  put('asof', f.asOf);
  if (f.includeUndated) put('undated', '1');
  // Commas, '@' and ';' are left readable: they are legal in a query string.
  return params
    .map(
      ([k, v]) =>
        `${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%40/g, '@').replace(/%3B/g, ';')}`,
    )
    .join('&');
}

/** The view a query string describes (with or without the leading '?'). */
export function decodeViewState(search: string): ViewState {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const state = emptyViewState();
  state.expanded = list(params, 'x', ENTITY_ID);
  state.kept = list(params, 'n', ENTITY_ID).filter((id) => !state.expanded.includes(id));
  state.hidden = list(params, 'h', ENTITY_ID);
  state.pinned = pins(params.get('pin'));
  const [from, to, ...rest] = list(params, 't', ENTITY_ID);
  if (from && to && rest.length === 0 && from !== to) state.trace = { from, to };
  const sel = params.get('sel');
  // A selection is an entity id or a relation id (`from~TYPE~to[~since]`).
  if (sel && /^[a-z0-9~A-Z_-]{1,300}$/.test(sel)) state.selected = sel;
  const layout = params.get('lay');
  if (layout && isLayoutName(layout)) state.layout = layout;
  const f = state.filters;
  f.hiddenKinds = list(params, 'hk', /^[A-Za-z]+$/).filter(isEntityKind);
  f.hiddenTypes = list(params, 'ht', TYPE);
  f.hiddenStatuses = list(params, 'hs', STATUS);
  const wFrom = params.get('from');
  const wTo = params.get('to');
  if (wFrom && wTo && MONTH.test(wFrom) && MONTH.test(wTo))
    f.window = wFrom <= wTo ? { from: wFrom, to: wTo } : { from: wTo, to: wFrom };
  const asOf = params.get('asof');
  if (asOf && DATE.test(asOf)) f.asOf = asOf;
  f.includeUndated = params.get('undated') === '1';
  return state;
}
