/**
 * Merges adjacent polygons into one outline (Shanghai's 16 districts → one
 * city) by cancelling shared edges. The ECharts sample data was simplified with
 * shared topology, so neighbouring districts have identical vertices on the
 * integer grid along a common border: an edge A→B of one district appears as
 * B→A in its neighbour once all exteriors run the same way. What is left
 * chains into the outer boundary (and islands, holes).
 *
 * Where two neighbours were simplified slightly differently, both versions of
 * the border survive and chain into slivers: thin rings covered twice (they
 * run counter-clockwise and lie inside the outline) or not at all (tiny holes).
 * Both are dropped. If the chaining fails altogether the caller keeps the
 * polygons as they were (inner borders stay visible, nothing is lost).
 */
import type { GridPoint, GridPolygon, GridRing } from './echartsGeoDecode.ts';

const keyOf = (p: GridPoint) => `${p[0]},${p[1]}`;

/** Twice the signed area (shoelace); positive = counter-clockwise. */
export function signedArea2(ring: GridRing): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}

function oriented(ring: GridRing, counterClockwise: boolean): GridRing {
  return signedArea2(ring) > 0 === counterClockwise ? ring : [...ring].reverse();
}

function pointInRing(point: GridPoint, ring: GridRing): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

interface Edge {
  from: GridPoint;
  to: GridPoint;
}

/** Directed edges of all rings: exteriors counter-clockwise, holes clockwise; shared edges cancel. */
function boundaryEdges(polygons: GridPolygon[]): Edge[] {
  const edges = new Map<string, Edge>();
  for (const polygon of polygons) {
    polygon.forEach((ring, index) => {
      const directed = oriented(ring, index === 0);
      for (let i = 0; i + 1 < directed.length; i += 1) {
        const from = directed[i]!;
        const to = directed[i + 1]!;
        if (keyOf(from) === keyOf(to)) continue;
        const reverse = `${keyOf(to)}>${keyOf(from)}`;
        if (edges.has(reverse)) edges.delete(reverse);
        else edges.set(`${keyOf(from)}>${keyOf(to)}`, { from, to });
      }
    });
  }
  return [...edges.values()];
}

/** Chains edges into closed rings; undefined when an edge leads nowhere (borders did not match). */
function chainRings(edges: Edge[]): GridRing[] | undefined {
  const outgoing = new Map<string, Edge[]>();
  for (const edge of edges) {
    const list = outgoing.get(keyOf(edge.from)) ?? [];
    list.push(edge);
    outgoing.set(keyOf(edge.from), list);
  }
  const rings: GridRing[] = [];
  for (const start of edges) {
    const startList = outgoing.get(keyOf(start.from));
    if (!startList?.includes(start)) continue; // already used
    const ring: GridRing = [start.from];
    let edge: Edge | undefined = start;
    while (edge) {
      const list = outgoing.get(keyOf(edge.from))!;
      list.splice(list.indexOf(edge), 1);
      ring.push(edge.to);
      if (keyOf(edge.to) === keyOf(ring[0]!)) break;
      edge = outgoing.get(keyOf(edge.to))?.[0];
      if (!edge) return undefined;
    }
    rings.push(ring);
  }
  return rings;
}

/** A hole smaller than this share of its outline is a gap between two versions of a border. */
const SLIVER_HOLE_SHARE = 1e-3;

/** Most of the ring's vertices lie inside `outer` (a sliver's vertices sit on inner borders). */
function liesInside(ring: GridRing, outer: GridRing): boolean {
  const inside = ring.filter((point) => pointInRing(point, outer)).length;
  return inside * 2 > ring.length;
}

/** One set of polygons with the shared borders removed, or undefined if that was not possible cleanly. */
export function dissolvePolygons(polygons: GridPolygon[]): GridPolygon[] | undefined {
  const rings = chainRings(boundaryEdges(polygons));
  if (!rings || rings.length === 0) return undefined;
  const exteriors = rings.filter((r) => signedArea2(r) > 0).sort((a, b) => signedArea2(b) - signedArea2(a));
  const kept: GridRing[] = [];
  for (const ring of exteriors) {
    if (!kept.some((outer) => liesInside(ring, outer))) kept.push(ring);
  }
  const result: GridPolygon[] = kept.map((r) => [r]);
  for (const hole of rings.filter((r) => signedArea2(r) < 0)) {
    const owner = result.find(([exterior]) => liesInside(hole, exterior!));
    if (!owner) continue; // a gap along the outline itself
    if (-signedArea2(hole) >= signedArea2(owner[0]!) * SLIVER_HOLE_SHARE) owner.push(hole);
  }
  return result;
}
