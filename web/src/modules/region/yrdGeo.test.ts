/**
 * The build-time map data: ECharts 4.9's compressed province maps decoded and
 * reduced to the YRD's 41 cities, Shanghai's districts merged into one.
 */
import { describe, expect, it } from 'vitest';
import { buildYrdGeo } from '../../../scripts/geo/buildYrdGeo.ts';
import { decodeRing } from '../../../scripts/geo/echartsGeoDecode.ts';

describe('decodeRing', () => {
  it('reverses zig-zag delta encoding from the offset and closes the ring', () => {
    // '@' = 0, 'A' = −1, 'B' = +1, 'D' = +2 after zig-zag decoding.
    expect(decodeRing('@@BDAA', [100, 200])).toEqual([
      [100, 200],
      [101, 202],
      [100, 201],
      [100, 200],
    ]);
  });
});

describe('buildYrdGeo', () => {
  const geo = buildYrdGeo();
  const codes = geo.features.map((f) => f.properties.code);

  it('has exactly 41 cities with unique GB/T 2260 codes', () => {
    expect(geo.features).toHaveLength(41);
    expect(new Set(codes).size).toBe(41);
    for (const code of ['310000', '320500', '341300', '321200', '331000']) expect(codes).toContain(code);
  });

  it('counts cities per member as in the reference data', () => {
    const count = (memberCode: string) => geo.features.filter((f) => f.properties.memberCode === memberCode).length;
    expect([count('310000'), count('320000'), count('330000'), count('340000')]).toEqual([1, 13, 11, 16]);
  });

  it('keeps the Chinese names of the two Suzhou and two Taizhou apart by code', () => {
    const nameOf = (code: string) => geo.features.find((f) => f.properties.code === code)?.properties.nameZh;
    expect(nameOf('320500')).toBe('苏州市');
    expect(nameOf('341300')).toBe('宿州市'); // Anhui's Suzhou is 宿州, Jiangsu's is 苏州
    expect(nameOf('321200')).toBe('泰州市');
    expect(nameOf('331000')).toBe('台州市');
  });

  it('decodes every coordinate into lon 114–123, lat 27–36', () => {
    let points = 0;
    for (const feature of geo.features) {
      for (const polygon of feature.geometry.coordinates) {
        for (const ring of polygon) {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          for (const [lon, lat] of ring) {
            points += 1;
            expect(lon).toBeGreaterThanOrEqual(114);
            expect(lon).toBeLessThanOrEqual(123);
            expect(lat).toBeGreaterThanOrEqual(27);
            expect(lat).toBeLessThanOrEqual(36);
          }
        }
      }
    }
    expect(points).toBeGreaterThan(10_000);
  });

  it('merges Shanghai into one outline: the mainland plus islands, no inner district borders', () => {
    const shanghai = geo.features.find((f) => f.properties.code === '310000')!;
    expect(shanghai.properties.memberCode).toBe('310000');
    // Mainland, Chongming/Changxing/Hengsha, and the small islands of Pudong and Jinshan.
    expect(shanghai.geometry.coordinates.length).toBeLessThan(16);
    expect(shanghai.geometry.coordinates.every((polygon) => polygon.length === 1)).toBe(true);
  });
});
