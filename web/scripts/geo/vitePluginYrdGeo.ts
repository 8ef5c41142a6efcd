/**
 * Vite plugin: `import geo from 'virtual:yrd-geo'` yields the decoded city
 * GeoJSON, computed once per build from node_modules, so the browser never
 * sees ECharts' compressed format and no generated file is committed.
 */
import type { Plugin } from 'vite';
import { buildYrdGeo } from './buildYrdGeo.ts';

const VIRTUAL_ID = 'virtual:yrd-geo';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function yrdGeoPlugin(): Plugin {
  let cached: string | undefined;
  return {
    name: 'yrd-geo',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // JSON.parse of a string literal parses faster than the same data as an object literal.
      cached ??= `export default JSON.parse(${JSON.stringify(JSON.stringify(buildYrdGeo()))});\n`;
      return cached;
    },
  };
}
