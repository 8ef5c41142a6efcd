/**
 * Builds the plain GeoJSON of the YRD's 41 prefecture-level cities from the
 * ECharts 4.9 sample maps (npm alias `echarts-geo-v4`), at build time only.
 * The result is illustrative (示意图), not approved map data.
 *
 * Province files hold one feature per city, id = GB/T 2260 code. Shanghai's
 * file holds its districts instead (one, 崇明区, without id); they are merged
 * into one feature 310000, since the platform treats Shanghai as one city.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  decodeFeaturePolygons,
  scaleOf,
  toDegrees,
  type EncodedFeatureCollection,
  type GridPolygon,
} from './echartsGeoDecode.ts';
import { dissolvePolygons, signedArea2 } from './dissolve.ts';

export interface CityFeatureProperties {
  /** GB/T 2260 code of the city; display names come from the API by this code. */
  code: string;
  nameZh: string;
  memberCode: string;
}

export interface CityFeature {
  type: 'Feature';
  id: string;
  properties: CityFeatureProperties;
  geometry: { type: 'MultiPolygon'; coordinates: number[][][][] };
}

export interface CityFeatureCollection {
  type: 'FeatureCollection';
  features: CityFeature[];
}

interface SourceFile {
  file: string;
  memberCode: string;
  /** Set when the file holds districts of a single city to merge into one feature. */
  mergeInto?: { code: string; nameZh: string };
}

export const YRD_SOURCES: SourceFile[] = [
  { file: 'shanghai.json', memberCode: '310000', mergeInto: { code: '310000', nameZh: '上海市' } },
  { file: 'jiangsu.json', memberCode: '320000' },
  { file: 'zhejiang.json', memberCode: '330000' },
  { file: 'anhui.json', memberCode: '340000' },
];

/** Folder of the ECharts 4.9 province maps inside node_modules. */
export function echartsProvinceMapDir(): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('echarts-geo-v4/package.json');
  return path.join(path.dirname(packageJson), 'map', 'json', 'province');
}

function readCollection(dir: string, file: string): EncodedFeatureCollection {
  const collection = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as EncodedFeatureCollection;
  if (!collection.UTF8Encoding) throw new Error(`${file}: expected ECharts' compressed encoding (UTF8Encoding: true)`);
  return collection;
}

/** Islets that the source's simplification collapsed to a line or a point have no area to draw. */
function withArea(polygons: GridPolygon[]): GridPolygon[] {
  return polygons
    .map((polygon) => polygon.filter((ring) => ring.length >= 4 && signedArea2(ring) !== 0))
    .filter((polygon, index) => polygon.length > 0 && polygon[0] === polygons[index]![0]);
}

function feature(properties: CityFeatureProperties, polygons: GridPolygon[], scale: number): CityFeature {
  return {
    type: 'Feature',
    id: properties.code,
    properties,
    geometry: { type: 'MultiPolygon', coordinates: toDegrees(withArea(polygons), scale) },
  };
}

function featuresOf(source: SourceFile, collection: EncodedFeatureCollection): CityFeature[] {
  const scale = scaleOf(collection);
  if (source.mergeInto) {
    const parts = collection.features.flatMap(decodeFeaturePolygons);
    // Districts that do not share exact borders stay separate polygons of the one feature.
    const merged = dissolvePolygons(parts) ?? parts;
    return [feature({ ...source.mergeInto, memberCode: source.memberCode }, merged, scale)];
  }
  return collection.features.map((f) => {
    if (!f.id || !/^\d{6}$/.test(f.id)) throw new Error(`${source.file}: feature ${f.properties.name} has no GB/T 2260 id`);
    return feature({ code: f.id, nameZh: f.properties.name, memberCode: source.memberCode }, decodeFeaturePolygons(f), scale);
  });
}

export function buildYrdGeo(dir: string = echartsProvinceMapDir()): CityFeatureCollection {
  const features = YRD_SOURCES.flatMap((source) => featuresOf(source, readCollection(dir, source.file)));
  const codes = new Set(features.map((f) => f.properties.code));
  if (codes.size !== features.length) throw new Error('Duplicate city codes in the map data');
  return { type: 'FeatureCollection', features };
}
