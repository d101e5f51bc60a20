/**
 * Draws the map on a 2D canvas: country outlines from the packaged world-atlas (Natural Earth
 * 1:110m, so the map needs no tile server), then attacks as points coloured by their first
 * perpetrator, sized by casualties, and clustered by supercluster where they crowd. Canvas rather
 * than MapLibre GL: this runs on machines without a GPU, where WebGL falls back to software.
 */
import { geoEquirectangular, geoPath, type GeoProjection } from 'd3-geo';
import Supercluster from 'supercluster';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-110m.json?url';
import type { MapState } from '../graph/map-state.js';

/** One point to draw: an attack's place, colour and size. */
export interface MapPoint {
  id: string;
  latitude: number;
  longitude: number;
  color: string;
  /** Highest killed plus wounded any source reports; 0 when unknown. */
  casualties: number;
}

/** What was drawn where, for hit tests: a single attack or a cluster of `count`. */
export interface DrawnMark {
  x: number;
  y: number;
  r: number;
  count: number;
  /** The attack's id (count 1) or the cluster's id. */
  id: string | number;
  longitude: number;
  latitude: number;
}

type Outlines = { land: ReturnType<typeof feature>; borders: ReturnType<typeof mesh> };
let outlines: Promise<Outlines> | null = null;

/** The country outlines, fetched once from the explorer's own assets (no network beyond it). */
export function loadOutlines(): Promise<Outlines> {
  outlines ??= fetch(countriesUrl)
    .then((response) => response.json() as Promise<Topology<{ countries: GeometryCollection }>>)
    .then((topology) => ({
      land: feature(topology, topology.objects.countries),
      borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
    }));
  return outlines;
}

/** The projection of `state` onto a `width` × `height` canvas (zoom 0: the earth fills the width). */
export function projectionOf(state: MapState, width: number, height: number): GeoProjection {
  return geoEquirectangular()
    .scale((width / (2 * Math.PI)) * 2 ** state.zoom)
    .center([state.longitude, state.latitude])
    .translate([width / 2, height / 2]);
}

/** The clustering index over `points` (rebuilt only when the points change). */
export function clusterIndex(points: readonly MapPoint[]) {
  const index = new Supercluster<MapPoint>({ radius: 40, maxZoom: 16 });
  index.load(
    points.map((p) => ({
      type: 'Feature' as const,
      properties: p,
      geometry: { type: 'Point' as const, coordinates: [p.longitude, p.latitude] },
    })),
  );
  return index;
}

const radiusOf = (casualties: number) => 4 + Math.min(14, Math.sqrt(casualties));

/** Draws the view; returns the marks drawn, for hover and click. */
export function drawMap(
  context: CanvasRenderingContext2D,
  state: MapState,
  index: Supercluster<MapPoint>,
  size: { width: number; height: number },
  world: Outlines | null,
): DrawnMark[] {
  const { width, height } = size;
  const projection = projectionOf(state, width, height);
  const path = geoPath(projection, context);
  context.clearRect(0, 0, width, height);
  context.fillStyle = '#e0f2fe';
  context.fillRect(0, 0, width, height);
  if (world) {
    context.beginPath();
    path(world.land);
    context.fillStyle = '#f8fafc';
    context.fill();
    context.beginPath();
    path(world.borders);
    context.strokeStyle = '#94a3b8';
    context.lineWidth = 0.7;
    context.stroke();
  }

  const [west, north] = projection.invert!([0, 0])!;
  const [east, south] = projection.invert!([width, height])!;
  // Supercluster zooms are web-map tiles: the world is 256 × 2^z pixels wide.
  const clusterZoom = Math.max(0, Math.floor(Math.log2((2 ** state.zoom * width) / 256)));
  const bbox: [number, number, number, number] = [
    Math.max(-180, west),
    Math.max(-90, south),
    Math.min(180, east),
    Math.min(90, north),
  ];
  const marks: DrawnMark[] = [];
  for (const item of index.getClusters(bbox, clusterZoom)) {
    const [longitude, latitude] = item.geometry.coordinates as [number, number];
    const [x, y] = projection([longitude, latitude])!;
    const props = item.properties as Partial<MapPoint> & {
      cluster?: boolean;
      point_count?: number;
      cluster_id?: number;
    };
    const count = props.cluster ? (props.point_count ?? 1) : 1;
    const r = props.cluster
      ? 8 + Math.min(16, Math.sqrt(count) * 2)
      : radiusOf(props.casualties ?? 0);
    context.beginPath();
    context.arc(x, y, r, 0, 2 * Math.PI);
    context.fillStyle = props.cluster ? 'rgba(51, 65, 85, 0.85)' : (props.color ?? '#334155');
    context.globalAlpha = props.cluster ? 1 : 0.85;
    context.fill();
    context.globalAlpha = 1;
    context.strokeStyle = '#ffffff';
    context.lineWidth = 1.5;
    context.stroke();
    if (props.cluster) {
      context.fillStyle = '#ffffff';
      context.font = '11px system-ui, sans-serif';
      context.textAlign = 'center';
      context.textBaseline = 'middle';
      context.fillText(String(count), x, y);
    }
    marks.push({
      x,
      y,
      r,
      count,
      id: props.cluster ? (props.cluster_id ?? 0) : (props.id ?? ''),
      longitude,
      latitude,
    });
  }
  return marks;
}
