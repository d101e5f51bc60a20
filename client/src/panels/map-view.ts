/**
 * The map view: attacks on a canvas map (map-draw.ts), with pan (drag, arrow keys), zoom (wheel,
 * + and -), a box drawn with Shift+drag (or B then the arrow keys' view) that narrows the attacks
 * table, a tooltip on hover, the attack with its sources on click, and a list of the attacks in
 * view for screen readers and keyboards.
 */
import type { MapAttack } from '../api/map-attacks.js';
import { boxOf, clampMap, DEFAULT_MAP, type MapBox, type MapState } from '../graph/map-state.js';
import {
  clusterIndex,
  drawMap,
  type DrawnMark,
  loadOutlines,
  type MapPoint,
  projectionOf,
} from './map-draw.js';
import { h, replaceChildren } from './dom.js';

export interface MapViewHooks {
  /** The view or box changed (for the URL). */
  changed(state: MapState): void;
  /** A box was drawn (or cleared: null). */
  boxed(box: MapBox | null): void;
  /** The colour of a perpetrator, as the rest of the explorer shows it. */
  colorOf(groupId: string | null): string;
}

const maxCasualties = (a: MapAttack) =>
  Math.max(0, ...a.casualtyReports.map((r) => (r.killed ?? 0) + (r.wounded ?? 0)));

/** Builds the view in `root`. */
export function createMapView(root: HTMLElement, hooks: MapViewHooks, initial: MapState | null) {
  let state: MapState = initial ?? DEFAULT_MAP;
  let attacks: MapAttack[] = [];
  let byId = new Map<string, MapAttack>();
  let index = clusterIndex([]);
  let marks: DrawnMark[] = [];
  let world: Awaited<ReturnType<typeof loadOutlines>> | null = null;
  let frame = 0;

  const canvas = h('canvas', {
    className: 'map-canvas',
    tabIndex: 0,
    role: 'img',
    'aria-label':
      'Map of attacks. Arrow keys pan, + and - zoom, 0 resets; Shift+drag draws a box that filters the attacks table.',
    'data-testid': 'map-canvas',
  });
  const tooltip = h('div', {
    className: 'map-tooltip',
    hidden: true,
    'data-testid': 'map-tooltip',
  });
  const details = h('div', {
    className: 'map-details',
    'data-testid': 'map-details',
    hidden: true,
  });
  const status = h('p', {
    className: 'map-status',
    'aria-live': 'polite',
    'data-testid': 'map-status',
  });
  const clearBox = h(
    'button',
    {
      type: 'button',
      className: 'btn',
      hidden: true,
      'data-testid': 'map-clear-box',
      onclick: () => setBox(null),
    },
    'Clear box',
  );
  const list = h('ul', {
    className: 'map-list',
    'aria-label': 'Attacks on the map',
    'data-testid': 'map-list',
  });
  const band = h('div', { className: 'map-band', hidden: true });
  replaceChildren(
    root,
    h('div', { className: 'map-bar' }, status, clearBox),
    h('div', { className: 'map-frame' }, canvas, band, tooltip),
    details,
    h(
      'details',
      { className: 'map-list-box' },
      h('summary', {}, 'Attacks in view, as a list'),
      list,
    ),
  );

  const size = () => ({ width: canvas.clientWidth || 1, height: canvas.clientHeight || 1 });

  function render() {
    frame = 0;
    const { width, height } = size();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
    if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio);
    const context = canvas.getContext('2d')!;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    marks = drawMap(context, state, index, { width, height }, world);
    if (state.box) drawBox(context, state.box);
    renderList();
  }
  const schedule = () => {
    frame ||= requestAnimationFrame(render);
  };

  function drawBox(context: CanvasRenderingContext2D, box: MapBox) {
    const projection = projectionOf(state, size().width, size().height);
    const [x1, y1] = projection([box.west, box.north])!;
    const [x2, y2] = projection([box.east, box.south])!;
    context.strokeStyle = '#f59e0b';
    context.lineWidth = 2;
    context.setLineDash([6, 4]);
    context.strokeRect(x1, y1, x2 - x1, y2 - y1);
    context.setLineDash([]);
  }

  /** The attacks inside the current view, whether drawn alone or in a cluster. */
  function inView(): MapAttack[] {
    const { width, height } = size();
    const projection = projectionOf(state, width, height);
    return attacks.filter((a) => {
      const [x, y] = projection([a.location.longitude, a.location.latitude])!;
      return x >= 0 && y >= 0 && x <= width && y <= height;
    });
  }

  function renderList() {
    const visible = inView();
    status.textContent =
      `${attacks.length} located attack${attacks.length === 1 ? '' : 's'}, ${visible.length} in view` +
      (state.box ? '; box drawn: the attacks table shows the attacks inside it' : '');
    clearBox.hidden = state.box === null;
    replaceChildren(list, ...visible.map((a) => attackItem(a)));
  }

  const attackItem = (a: MapAttack) =>
    h(
      'li',
      { 'data-attack': a.id },
      h(
        'button',
        { type: 'button', className: 'link', onclick: () => show(a) },
        `${a.name}${a.date ? ` (${a.date})` : ''}`,
      ),
    );

  /** A cluster's attacks as a list: zooming cannot part attacks recorded at one point. */
  function showCluster(id: number) {
    const leaves = index.getLeaves(id, Infinity).map((f) => byId.get(f.properties.id));
    replaceChildren(
      details,
      h('h3', {}, `${leaves.length} attacks here`),
      h('ul', {}, ...leaves.flatMap((a) => (a ? [attackItem(a)] : []))),
    );
    details.hidden = false;
  }

  function show(attack: MapAttack) {
    const sources = [
      ...new Map(attack.evidence.map((e) => [e.source.id, e.source.title])).values(),
    ];
    replaceChildren(
      details,
      h('h3', {}, attack.name),
      h(
        'p',
        {},
        [attack.date ?? 'date unknown', attack.location.precision ?? '']
          .filter(Boolean)
          .join(' · '),
      ),
      h(
        'p',
        {},
        attack.perpetrators.length > 0
          ? attack.perpetrators.map((p) => `${p.actor.name} (${p.status ?? p.type})`).join(', ')
          : 'No perpetrator recorded',
      ),
      h(
        'ul',
        {},
        ...attack.casualtyReports.map((r) =>
          h('li', {}, `${r.killed ?? '?'} killed, ${r.wounded ?? '?'} wounded — ${r.source.title}`),
        ),
      ),
      h('p', {}, `Sources: ${sources.join('; ')}`),
    );
    details.hidden = false;
  }

  function setState(next: MapState) {
    state = clampMap(next);
    hooks.changed(state);
    schedule();
  }
  function setBox(box: MapBox | null) {
    setState({ ...state, box });
    hooks.boxed(box);
  }

  const markAt = (x: number, y: number) =>
    marks.findLast((m) => (m.x - x) ** 2 + (m.y - y) ** 2 <= (m.r + 2) ** 2);
  const offset = (event: MouseEvent) => {
    const rect = canvas.getBoundingClientRect();
    return [event.clientX - rect.left, event.clientY - rect.top] as [number, number];
  };

  let drag: { start: [number, number]; box: boolean; state: MapState; moved: boolean } | null =
    null;
  canvas.addEventListener('pointerdown', (event) => {
    drag = { start: offset(event), box: event.shiftKey, state, moved: false };
    canvas.setPointerCapture(event.pointerId);
  });
  canvas.addEventListener('pointermove', (event) => {
    const [x, y] = offset(event);
    if (drag) {
      const [x0, y0] = drag.start;
      drag.moved ||= Math.abs(x - x0) + Math.abs(y - y0) > 3;
      if (drag.box) {
        Object.assign(band.style, {
          left: `${Math.min(x, x0)}px`,
          top: `${Math.min(y, y0)}px`,
          width: `${Math.abs(x - x0)}px`,
          height: `${Math.abs(y - y0)}px`,
        });
        band.hidden = false;
      } else if (drag.moved) {
        const scale = (size().width / 360) * 2 ** drag.state.zoom;
        setState({
          ...drag.state,
          longitude: drag.state.longitude - (x - x0) / scale,
          latitude: drag.state.latitude + (y - y0) / scale,
        });
      }
      return;
    }
    const mark = markAt(x, y);
    tooltip.hidden = !mark;
    if (mark) {
      tooltip.textContent =
        mark.count > 1 ? `${mark.count} attacks` : (byId.get(String(mark.id))?.name ?? '');
      Object.assign(tooltip.style, { left: `${x + 12}px`, top: `${y + 12}px` });
    }
  });
  canvas.addEventListener('pointerup', (event) => {
    const ended = drag;
    drag = null;
    band.hidden = true;
    if (!ended) return;
    const end = offset(event);
    if (ended.box && ended.moved) {
      const projection = projectionOf(state, size().width, size().height);
      setBox(boxOf(projection.invert!(ended.start)!, projection.invert!(end)!));
    } else if (!ended.moved) {
      const mark = markAt(...end);
      if (mark?.count === 1) show(byId.get(String(mark.id))!);
      else if (mark && index.getClusterExpansionZoom(Number(mark.id)) > 15)
        showCluster(Number(mark.id));
      else if (mark)
        setState({
          ...state,
          longitude: mark.longitude,
          latitude: mark.latitude,
          zoom: state.zoom + 2,
        });
    }
  });
  canvas.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      setState({ ...state, zoom: state.zoom + (event.deltaY < 0 ? 0.5 : -0.5) });
    },
    { passive: false },
  );
  canvas.addEventListener('keydown', (event) => {
    const step = 90 / 2 ** state.zoom;
    const moves: Record<string, Partial<MapState>> = {
      ArrowLeft: { longitude: state.longitude - step },
      ArrowRight: { longitude: state.longitude + step },
      ArrowUp: { latitude: state.latitude + step },
      ArrowDown: { latitude: state.latitude - step },
      '+': { zoom: state.zoom + 1 },
      '=': { zoom: state.zoom + 1 },
      '-': { zoom: state.zoom - 1 },
      '0': { ...DEFAULT_MAP, box: state.box },
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    setState({ ...state, ...move });
  });
  new ResizeObserver(schedule).observe(canvas);

  return {
    /** Replaces the attacks drawn. */
    setAttacks(next: MapAttack[]) {
      attacks = next;
      byId = new Map(next.map((a) => [a.id, a]));
      setPoints(
        next.map((a) => ({
          id: a.id,
          latitude: a.location.latitude,
          longitude: a.location.longitude,
          color: hooks.colorOf(a.perpetrators[0]?.actor.id ?? null),
          casualties: maxCasualties(a),
        })),
      );
    },
    /** Draws generated points (the benchmark), bypassing the attacks' details. */
    setPoints,
    show: () => {
      // Shown, the map's view is part of the shareable URL.
      hooks.changed(state);
      void loadOutlines().then((outlines) => {
        world = outlines;
        schedule();
      });
      schedule();
    },
    state: () => state,
    /** Where a point is drawn, in CSS pixels from the canvas's top left (tests). */
    project: (latitude: number, longitude: number) =>
      projectionOf(state, size().width, size().height)([longitude, latitude])!,
  };

  function setPoints(points: MapPoint[]) {
    index = clusterIndex(points);
    schedule();
  }
}
