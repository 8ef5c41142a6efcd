/**
 * Charts drawn on the server as SVG (no script): a line chart of an indicator's series and the
 * 41-city map, from the same GeoJSON the web build uses (web/scripts/geo, ECharts 4.9's province
 * maps; illustrative, not approved map data). Presentation attributes only, no style attributes,
 * so the strict Content-Security-Policy holds.
 */
import { buildYrdGeo } from '../../../../web/scripts/geo/buildYrdGeo.ts';
import { escapeHtml as esc } from './portal.html.ts';

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2'];
const fmt = (n: number) => (Math.abs(n) >= 1000 ? n.toFixed(0) : String(Math.round(n * 100) / 100));

export function lineChartSvg(input: { title: string; desc: string; periods: string[]; lines: { name: string; values: (number | null)[] }[] }): string {
  const W = 640, H = 300, L = 56, R = 12, T = 16, B = 70;
  const all = input.lines.flatMap((l) => l.values.filter((v): v is number => v !== null));
  if (all.length === 0 || input.periods.length === 0) return '';
  const min = Math.min(0, ...all);
  const max = Math.max(...all) === min ? min + 1 : Math.max(...all);
  const x = (i: number) => L + (input.periods.length === 1 ? (W - L - R) / 2 : (i * (W - L - R)) / (input.periods.length - 1));
  const y = (v: number) => T + (H - T - B) * (1 - (v - min) / (max - min));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => min + f * (max - min));
  const grid = ticks.map((v) => `<line x1="${L}" x2="${W - R}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#ddd"/><text x="${L - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="11" fill="#555">${esc(fmt(v))}</text>`).join('');
  const xs = input.periods.map((p, i) => `<text x="${x(i).toFixed(1)}" y="${H - B + 16}" text-anchor="middle" font-size="11" fill="#555">${esc(p)}</text>`).join('');
  const series = input.lines.slice(0, PALETTE.length).map((l, k) => {
    const colour = PALETTE[k]!;
    const pts = l.values.map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`)).filter((p): p is string => p !== null);
    const dots = l.values.map((v, i) => (v === null ? '' : `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${colour}"><title>${esc(`${l.name} ${input.periods[i]}: ${fmt(v)}`)}</title></circle>`)).join('');
    const legendY = H - 30 + Math.floor(k / 4) * 16;
    const legendX = L + (k % 4) * 140;
    return `<polyline points="${pts.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"/>${dots}`
      + `<rect x="${legendX}" y="${legendY - 9}" width="10" height="10" fill="${colour}"/><text x="${legendX + 14}" y="${legendY}" font-size="11" fill="#333">${esc(l.name)}</text>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="chart-t chart-d" class="chart"><title id="chart-t">${esc(input.title)}</title><desc id="chart-d">${esc(input.desc)}</desc>${grid}${xs}${series}</svg>`;
}

interface CityPath { code: string; d: string }
let cityPaths: { paths: CityPath[]; width: number; height: number } | undefined;

/** Projects the city GeoJSON once per process (equirectangular, scaled by the cosine of the mean latitude). */
function paths() {
  if (cityPaths) return cityPaths;
  const geo = buildYrdGeo();
  const pts = geo.features.flatMap((f) => f.geometry.coordinates.flat(2));
  const lons = pts.map((p) => p[0]!), lats = pts.map((p) => p[1]!);
  const minLon = Math.min(...lons), maxLon = Math.max(...lons), minLat = Math.min(...lats), maxLat = Math.max(...lats);
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const width = 560;
  const scale = width / ((maxLon - minLon) * k);
  const height = Math.ceil((maxLat - minLat) * scale);
  const px = (p: number[]) => [(p[0]! - minLon) * k * scale, (maxLat - p[1]!) * scale] as const;
  const ring = (r: number[][]) => {
    const out: string[] = [];
    let last: readonly [number, number] | undefined;
    for (const p of r) {
      const q = px(p);
      // Points closer than a pixel to the last one add bytes, not shape.
      if (last && Math.abs(q[0] - last[0]) < 0.8 && Math.abs(q[1] - last[1]) < 0.8) continue;
      out.push(`${q[0].toFixed(1)},${q[1].toFixed(1)}`);
      last = q;
    }
    return out.length >= 3 ? `M${out.join('L')}Z` : '';
  };
  cityPaths = {
    width, height,
    paths: geo.features.map((f) => ({ code: f.properties.code, d: f.geometry.coordinates.map((poly) => poly.map(ring).join('')).join('') })),
  };
  return cityPaths;
}

const CLASSES = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

export function cityMapSvg(input: { title: string; values: { code: string; name: string; value: number }[] }): string {
  const { paths: ps, width, height } = paths();
  const byCode = new Map(input.values.map((v) => [v.code, v]));
  const sorted = input.values.map((v) => v.value).sort((a, b) => a - b);
  const classOf = (v: number) => Math.min(CLASSES.length - 1, Math.floor((sorted.findIndex((s) => s >= v) / Math.max(1, sorted.length)) * CLASSES.length));
  const shapes = ps.map((p) => {
    const v = byCode.get(p.code);
    const fill = v ? CLASSES[classOf(v.value)]! : '#eeeeee';
    return `<path d="${p.d}" fill="${fill}" stroke="#ffffff" stroke-width="0.6">${v ? `<title>${esc(`${v.name}: ${fmt(v.value)}`)}</title>` : ''}</path>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="map-t" class="map"><title id="map-t">${esc(input.title)}</title>${shapes}</svg>`;
}
