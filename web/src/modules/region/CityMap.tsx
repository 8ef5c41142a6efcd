/**
 * The map of the region's cities (ECharts), reusable: colour each city by a
 * category (e.g. its member) or, given a value per city code, as a choropleth
 * (indicators later). Regions are keyed by GB/T 2260 code, never by name.
 *
 * The boundaries are illustrative (ECharts 4.9 sample data, decoded at build
 * time), not approved map data; pages showing the map must say so.
 */
import { MapChart, type MapSeriesOption } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent, type TooltipComponentOption, type VisualMapComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import yrdGeoData from 'virtual:yrd-geo';
import { useEffect, useRef, useState } from 'react';
import type { CityFeatureCollection } from '../../../scripts/geo/buildYrdGeo.ts';
import type { City, Member } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { cityName, memberName } from './labels.ts';

echarts.use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export const MAP_NAME = 'yrd';
const yrdGeo = yrdGeoData as CityFeatureCollection;
// ECharts' GeoJSON typings are looser than ours; the shape is standard GeoJSON.
echarts.registerMap(MAP_NAME, yrdGeo as unknown as Parameters<typeof echarts.registerMap>[1]);
const MAP_CODES = new Set(yrdGeo.features.map((f) => f.properties.code));

type Option = echarts.ComposeOption<MapSeriesOption | TooltipComponentOption | VisualMapComponentOption>;

export interface CityMapProps {
  cities: readonly City[];
  members: readonly Member[];
  /** Fill per city code when no `values` are given (categorical, e.g. by member). */
  colorByCode?: ReadonlyMap<string, string>;
  /** A value per city code: turns the map into a choropleth; missing = no data (grey). */
  values?: ReadonlyMap<string, number | null>;
  /** Label of the value in the tooltip and legend, with its unit. */
  valueLabel?: string;
  formatValue?: (value: number) => string;
  /** Cities to emphasise (others are dimmed and unlabelled); null or undefined = all. */
  highlighted?: ReadonlySet<string> | null;
  selectedCode?: string | null;
  onCityClick?: (code: string) => void;
  height?: number;
  /** Labels of the tooltip lines, already translated. */
  labels: { title: string; code: string; member: string; noData: string };
  /** The chart instance once made (null when gone): for exports such as getDataURL. */
  onChart?: (chart: echarts.ECharts | null) => void;
}

const DIMMED = '#e8ebef';
const NO_DATA = '#d9dde3';
const escape = echarts.format.encodeHTML;

export function CityMap(props: CityMapProps) {
  const { cities, height = 520 } = props;
  const locale = useLocale();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickHandler = useRef(props.onCityClick);
  const chartHandler = useRef(props.onChart);
  const [drawnCount, setDrawnCount] = useState<number | undefined>(undefined);
  const drawnTarget = cities.filter((c) => MAP_CODES.has(c.code)).length;

  useEffect(() => {
    clickHandler.current = props.onCityClick;
    chartHandler.current = props.onChart;
  });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    chartHandler.current?.(instance);
    instance.on('click', (params) => {
      if (typeof params.name === 'string' && params.name) clickHandler.current?.(params.name);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
      chartHandler.current?.(null);
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    // Tests wait for data-city-count: it is set once ECharts reports the frame drawn.
    const onFinished = () => setDrawnCount(drawnTarget);
    instance.on('finished', onFinished);
    // Merging keeps the user's zoom and pan; visualMap is replaced so a choropleth can be switched off.
    instance.setOption(buildOption(props, locale), { replaceMerge: ['visualMap'] });
    return () => {
      // On unmount the init effect's cleanup may already have disposed the instance.
      if (!instance.isDisposed()) instance.off('finished', onFinished);
    };
  });

  return (
    <div
      ref={container}
      data-testid="region-map"
      data-city-count={drawnCount}
      role="img"
      aria-label={props.labels.title}
      style={{ width: '100%', height }}
    />
  );
}

function buildOption(props: CityMapProps, locale: 'zh-CN' | 'en'): Option {
  const { cities, members, colorByCode, values, highlighted, selectedCode, labels } = props;
  const memberByCode = new Map(members.map((m) => [m.code, m]));
  const cityByCode = new Map(cities.map((c) => [c.code, c]));
  const choropleth = values !== undefined;
  const numbers = choropleth ? [...values.values()].filter((v): v is number => typeof v === 'number') : [];
  const format = props.formatValue ?? ((v: number) => v.toLocaleString(locale));
  const isOn = (code: string) => !highlighted || highlighted.has(code);

  const data: NonNullable<MapSeriesOption['data']> = cities.map((city) => {
    const value = values?.get(city.code);
    const fill = colorByCode?.get(city.code) ?? NO_DATA;
    const selected = city.code === selectedCode;
    return {
      name: city.code,
      value: typeof value === 'number' ? value : undefined,
      itemStyle: {
        ...(choropleth ? {} : { areaColor: isOn(city.code) ? fill : DIMMED }),
        ...(choropleth && !isOn(city.code) ? { opacity: 0.35 } : {}),
        borderColor: selected ? '#1f2d3d' : '#ffffff',
        borderWidth: selected ? 2 : 0.8,
      },
      label: { show: Boolean(highlighted?.has(city.code)) || selected },
    };
  });

  const tooltip: TooltipComponentOption = {
    trigger: 'item',
    formatter: (raw) => {
      const params = Array.isArray(raw) ? raw[0] : raw;
      const city = params ? cityByCode.get(String(params.name)) : undefined;
      if (!city) return '';
      const member = memberByCode.get(city.memberCode);
      const lines = [
        `<strong>${escape(cityName(city, locale))}</strong>`,
        `${escape(labels.code)}: ${escape(city.code)}`,
        `${escape(labels.member)}: ${escape(member ? memberName(member, locale) : city.memberCode)}`,
      ];
      if (choropleth) {
        const value = values.get(city.code);
        lines.push(`${escape(props.valueLabel ?? '')}: ${typeof value === 'number' ? escape(format(value)) : escape(labels.noData)}`);
      }
      return lines.join('<br/>');
    },
  };

  const option: Option = {
    tooltip,
    visualMap: [],
    series: [
      {
        type: 'map',
        map: MAP_NAME,
        nameProperty: 'code',
        // Degrees of longitude are shorter than of latitude at ~31°N: cos(31°) ≈ 0.86.
        aspectScale: 0.86,
        roam: true,
        scaleLimit: { min: 1, max: 6 },
        top: 8,
        bottom: 8,
        left: 'center',
        selectedMode: false,
        data,
        itemStyle: { areaColor: NO_DATA, borderColor: '#ffffff', borderWidth: 0.8 },
        label: {
          fontSize: 10,
          color: '#1f2d3d',
          formatter: (params) => {
            const city = cityByCode.get(String(params.name));
            return city ? (locale === 'en' ? city.nameEn : city.nameZh) : '';
          },
        },
        emphasis: {
          label: { show: true },
          itemStyle: { areaColor: choropleth ? undefined : '#f5d97a', borderColor: '#1f2d3d', borderWidth: 1 },
        },
      },
    ],
  };
  if (choropleth && numbers.length > 0) {
    option.visualMap = {
      type: 'continuous',
      min: Math.min(...numbers),
      max: Math.max(...numbers),
      text: [format(Math.max(...numbers)), format(Math.min(...numbers))],
      calculable: false,
      left: 8,
      bottom: 8,
      inRange: { color: ['#dbe6f3', '#1f4e8c'] },
      seriesIndex: 0,
    };
  }
  return option;
}
