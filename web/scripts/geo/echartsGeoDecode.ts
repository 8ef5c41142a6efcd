/**
 * Decoder for the compressed GeoJSON that ECharts up to 4.x shipped with its
 * sample maps (`"UTF8Encoding": true`). Each ring is a string: every point is
 * two characters, each a zig-zag encoded delta (char code − 64) from the
 * previous point, starting at the ring's `encodeOffsets`; dividing by the scale
 * (default 1024) gives degrees. Same algorithm as `decode`/`decodePolygon` in
 * ECharts 4.9's lib/coord/geo/parseGeoJson.js.
 *
 * Points stay on the integer grid here (not yet divided by the scale) so that
 * shared borders compare exactly when districts are merged; `toDegrees` divides.
 */

export type GridPoint = [number, number];
/** A closed ring: the first point is repeated at the end. */
export type GridRing = GridPoint[];
/** Exterior ring first, holes after it (GeoJSON order). */
export type GridPolygon = GridRing[];

type Offset = [number, number];

interface EncodedPolygonGeometry {
  type: 'Polygon';
  coordinates: string[];
  encodeOffsets: Offset[];
}

interface EncodedMultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: string[][];
  encodeOffsets: Offset[][];
}

export interface EncodedFeature {
  id?: string;
  type: 'Feature';
  geometry: EncodedPolygonGeometry | EncodedMultiPolygonGeometry;
  properties: { name: string; cp?: [number, number]; childNum?: number };
}

export interface EncodedFeatureCollection {
  type: 'FeatureCollection';
  features: EncodedFeature[];
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
}

export const DEFAULT_SCALE = 1024;

export function scaleOf(collection: EncodedFeatureCollection): number {
  return collection.UTF8Scale ?? DEFAULT_SCALE;
}

/** Zig-zag decoding: 0,1,2,3,… → 0,−1,1,−2,… */
function unzigzag(value: number): number {
  return (value >> 1) ^ -(value & 1);
}

export function decodeRing(encoded: string, offset: Offset): GridRing {
  if (encoded.length % 2 !== 0) throw new Error(`Encoded ring has an odd length (${encoded.length})`);
  const ring: GridRing = [];
  let [x, y] = offset;
  for (let i = 0; i < encoded.length; i += 2) {
    x += unzigzag(encoded.charCodeAt(i) - 64);
    y += unzigzag(encoded.charCodeAt(i + 1) - 64);
    ring.push([x, y]);
  }
  return closeRing(ring);
}

function closeRing(ring: GridRing): GridRing {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([first[0], first[1]]);
  return ring;
}

function offsetAt<T>(list: T[] | undefined, index: number, what: string): T {
  const value = list?.[index];
  if (value === undefined) throw new Error(`Missing encodeOffsets for ${what}`);
  return value;
}

/** The feature's polygons on the integer grid. Uncompressed input is rejected: we only read the ECharts samples. */
export function decodeFeaturePolygons(feature: EncodedFeature): GridPolygon[] {
  const geometry = feature.geometry;
  const label = feature.id ?? feature.properties.name;
  if (geometry.type === 'Polygon') {
    return [geometry.coordinates.map((ring, r) => decodeRing(ring, offsetAt(geometry.encodeOffsets, r, `${label} ring ${r}`)))];
  }
  return geometry.coordinates.map((polygon, p) =>
    polygon.map((ring, r) => decodeRing(ring, offsetAt(geometry.encodeOffsets[p], r, `${label} polygon ${p} ring ${r}`))),
  );
}

/**
 * Degrees with 4 decimals: the source grid is 1/1024° (about 100 m), so 0.0001°
 * keeps every point distinct while the JSON stays about a third shorter.
 */
export function toDegrees(polygons: GridPolygon[], scale: number): number[][][][] {
  const round = (v: number) => Math.round((v / scale) * 1e4) / 1e4;
  return polygons.map((polygon) => polygon.map((ring) => ring.map(([x, y]) => [round(x), round(y)])));
}
