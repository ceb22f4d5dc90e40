import { geoBounds, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Entity } from '../model.js';
import { html, type SafeHtml } from './escape.js';
import { paths, rel } from './links.js';

/** Country shapes for the map: GeoJSON features with a `name` property (world-atlas). */
export interface Atlas {
  features: { type: 'Feature'; properties: { name: string }; geometry: unknown }[];
}

export interface MapOptions {
  from: string;
  width: number;
  height: number;
  /** Places drawn as linked dots (those with coordinates). */
  places: Entity[];
  /** Countries of the story, filled. */
  countries: Entity[];
  /** Degrees of margin around the dots. */
  margin: number;
  title: string;
}

const ATLAS_NAMES: Record<string, string> = { 'United States': 'United States of America', Czechia: 'Czech Rep.', 'Bosnia and Herzegovina': 'Bosnia and Herz.' };

/**
 * An offline SVG map made at build time: the story's countries filled, its cities and
 * regions as dots linked to their pages. Coordinates are rounded to one decimal, so the
 * picture is small and the same every build.
 */
export function mapSvg(atlas: Atlas, o: MapOptions): SafeHtml {
  const dots = focus(o.places.filter((p) => p.lat !== undefined && p.lon !== undefined));
  if (!dots.length) return html``;
  const lons = dots.map((p) => p.lon!);
  const lats = dots.map((p) => p.lat!);
  const [west, south, east, north] = [Math.min(...lons) - o.margin, Math.min(...lats) - o.margin, Math.max(...lons) + o.margin, Math.max(...lats) + o.margin];
  const box: GeoPermissibleObjects = { type: 'MultiPoint', coordinates: [[west, south], [east, north]] };
  // Room on the right for the labels of the easternmost dots.
  const projection = geoMercator().fitExtent([[8, 8], [o.width - Math.min(90, o.width / 4), o.height - 8]], box).clipExtent([[0, 0], [o.width, o.height]]);
  const path = geoPath(projection).digits(1);
  const storyCountries = new Set(o.countries.flatMap((c) => [c.name, ...c.aliases]).map((n) => ATLAS_NAMES[n] ?? n));
  const shapes = atlas.features.filter((f) => overlaps(boundsOf(f), west, south, east, north)).map((f) => {
    const d = path(f as GeoPermissibleObjects);
    if (!d) return '';
    return html`<path d="${d}" class="${storyCountries.has(f.properties.name) ? 'country story' : 'country'}"><title>${f.properties.name}</title></path>`;
  });
  const marks = dots.map((p) => {
    const [x, y] = projection([p.lon!, p.lat!]) ?? [0, 0];
    return html`<a href="${rel(o.from, paths.entity(p))}"><circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="5" class="dot"/><text x="${(x + 7).toFixed(1)}" y="${(y + 4).toFixed(1)}" class="label">${p.name}</text></a>`;
  });
  return html`<svg class="map-svg" viewBox="0 0 ${o.width} ${o.height}" role="group" aria-label="${o.title}"><rect width="${o.width}" height="${o.height}" class="sea"/>${shapes}${marks}</svg>`;
}

const bounds = new WeakMap<object, [[number, number], [number, number]]>();
/** A country's bounding box, computed once per process (the atlas is shared by every page). */
function boundsOf(f: Atlas['features'][number]): [[number, number], [number, number]] {
  let b = bounds.get(f);
  if (!b) { b = geoBounds(f as GeoPermissibleObjects) as [[number, number], [number, number]]; bounds.set(f, b); }
  return b;
}

function overlaps([[w, s], [e, n]]: [[number, number], [number, number]], west: number, south: number, east: number, north: number): boolean {
  // A box crossing the antimeridian (w > e) is kept: cheap to draw, wrong to drop.
  return w > e || (w <= east && e >= west && s <= north && n >= south);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The places the story happens among: when a few are far away (Washington in a story
 * about Nairobi), they stay in the list but leave the map, which would otherwise show an ocean.
 */
function focus(dots: Entity[]): Entity[] {
  if (dots.length < 3) return dots;
  const lon = median(dots.map((p) => p.lon!));
  const lat = median(dots.map((p) => p.lat!));
  const near = dots.filter((p) => Math.abs(p.lon! - lon) <= 30 && Math.abs(p.lat! - lat) <= 20);
  return near.length >= dots.length / 2 ? near : dots;
}
