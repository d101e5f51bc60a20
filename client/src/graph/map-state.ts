/**
 * The map's view (centre and zoom) and its drawn box, as plain data: what the URL keeps and what
 * the map view projects with. Zoom 0 shows the whole earth in the map's width; each step doubles.
 */

export interface MapBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

export interface MapState {
  latitude: number;
  longitude: number;
  zoom: number;
  box: MapBox | null;
}

const MAX_MAP_ZOOM = 12;

/** Afghanistan and Pakistan, where the seed attacks are. */
export const DEFAULT_MAP: MapState = { latitude: 32, longitude: 68, zoom: 3, box: null };

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Longitude folded into -180..180. */
export const wrapLongitude = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

/** A state kept inside the earth's coordinates and the zoom range. */
export function clampMap(state: MapState): MapState {
  return {
    ...state,
    latitude: clamp(state.latitude, -85, 85),
    longitude: wrapLongitude(state.longitude),
    zoom: clamp(state.zoom, 0, MAX_MAP_ZOOM),
  };
}

/** The box spanned by two corners in degrees; west > east when it crosses the antimeridian. */
export function boxOf(a: [number, number], b: [number, number]): MapBox {
  const [lonA, latA] = a;
  const [lonB, latB] = b;
  const round = (n: number) => Math.round(n * 1e4) / 1e4;
  return {
    south: round(clamp(Math.min(latA, latB), -90, 90)),
    north: round(clamp(Math.max(latA, latB), -90, 90)),
    west: round(wrapLongitude(Math.min(lonA, lonB))),
    east: round(wrapLongitude(Math.max(lonA, lonB))),
  };
}

/** `lat,lon,zoom` or `lat,lon,zoom,south,west,north,east` for the URL. */
export function formatMapParam(state: MapState): string {
  const fixed = (n: number) => String(Math.round(n * 1e4) / 1e4);
  const view = [state.latitude, state.longitude, state.zoom].map(fixed);
  const box = state.box ? [state.box.south, state.box.west, state.box.north, state.box.east] : [];
  return [...view, ...box.map(fixed)].join(',');
}

/** The state of a `map` URL parameter; null when it is not one (a hand-edited URL). */
export function parseMapParam(text: string | null): MapState | null {
  if (!text) return null;
  const numbers = text.split(',').map(Number);
  if ((numbers.length !== 3 && numbers.length !== 7) || numbers.some((n) => !Number.isFinite(n)))
    return null;
  const [latitude, longitude, zoom, south, west, north, east] = numbers as number[];
  const box = numbers.length === 7 ? boxOf([west!, south!], [east!, north!]) : null;
  // boxOf sorts the corners; a stored crossing box (west > east) must stay as it was.
  if (box && west! > east!)
    Object.assign(box, { west: wrapLongitude(west!), east: wrapLongitude(east!) });
  return clampMap({ latitude: latitude!, longitude: longitude!, zoom: zoom!, box });
}
