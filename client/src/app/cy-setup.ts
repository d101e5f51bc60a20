/** Creates the Cytoscape instance: extensions registered once, renderer options chosen for large views. */
import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { buildStylesheet } from '../graph/style.js';

let registered = false;

/** Renderer choice; WebGL is Cytoscape's experimental renderer (3.31+), faster for thousands of elements. */
export type RendererName = 'canvas' | 'webgl';

const STORAGE_KEY = 'actorgraph.renderer';

/** The renderer from `?renderer=` (for benchmarks and links) or the user's saved choice. */
export function chosenRenderer(
  search: string,
  storage: Pick<Storage, 'getItem'> | null,
): RendererName {
  const fromUrl = new URLSearchParams(search).get('renderer');
  if (fromUrl === 'webgl' || fromUrl === 'canvas') return fromUrl;
  return storage?.getItem(STORAGE_KEY) === 'webgl' ? 'webgl' : 'canvas';
}

/** Saves the renderer choice; it takes effect on the next page load (Cytoscape fixes it at creation). */
export function saveRenderer(name: RendererName): void {
  localStorage.setItem(STORAGE_KEY, name);
}

/** True when the browser can give Cytoscape a WebGL2 context. */
export function webglAvailable(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

/** A Cytoscape core in `container`, styled, with fcose registered. */
export function createCy(container: HTMLElement, renderer: RendererName): Core {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const webgl = renderer === 'webgl' && webglAvailable();
  return cytoscape({
    container,
    style: buildStylesheet() as unknown as StylesheetJson,
    minZoom: 0.03,
    maxZoom: 5,
    boxSelectionEnabled: false,
    selectionType: 'single',
    ...(webgl ? { webgl: true, webglTexSize: 4096, webglBatchSize: 2048 } : {}),
  });
}
