/**
 * Provided at build time by web/scripts/geo/vitePluginYrdGeo.ts: a
 * CityFeatureCollection (see buildYrdGeo.ts). Typed unknown here because an
 * ambient module cannot import a relative path; CityMap.tsx narrows it.
 */
declare module 'virtual:yrd-geo' {
  const geo: unknown;
  export default geo;
}
