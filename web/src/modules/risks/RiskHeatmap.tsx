/** The likelihood × impact heat map (5×5): risks per cell; a click on a cell filters the register to it. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../dashboard/Chart.tsx';
import './heatmap.ts';
import type { RiskHeatmap as Heatmap } from './risksApi.ts';

export function RiskHeatmap({ heatmap, title, height = 320, onCell, testId = 'risk-heatmap' }: {
  heatmap: Heatmap; title: string; height?: number; onCell?: (likelihood: number, impact: number) => void; testId?: string;
}) {
  const { t } = useTranslation();
  const chart = useMemo(() => {
    const levels = ['1', '2', '3', '4', '5'];
    const max = Math.max(1, ...heatmap.cells.map((c) => c.count));
    return {
      option: {
        tooltip: { formatter: (p: { value: [number, number, number] }) => `${t('risks.fields.likelihood')} ${p.value[0] + 1} × ${t('risks.fields.impact')} ${p.value[1] + 1}: ${p.value[2]}` },
        grid: { left: 56, right: 16, top: 16, bottom: 72 },
        xAxis: { type: 'category', data: levels, name: t('risks.fields.likelihood'), nameLocation: 'middle', nameGap: 28, splitArea: { show: true } },
        yAxis: { type: 'category', data: levels, name: t('risks.fields.impact'), nameLocation: 'middle', nameGap: 32, splitArea: { show: true } },
        visualMap: { min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 80, inRange: { color: ['#f6ffed', '#fadb14', '#fa541c', '#a8071a'] } },
        series: [{ type: 'heatmap', data: heatmap.cells.map((c) => [c.likelihood - 1, c.impact - 1, c.count]), label: { show: true } }],
      },
      table: {
        columns: [t('risks.fields.likelihood'), t('risks.fields.impact'), t('risks.heatmap.count')],
        rows: heatmap.cells.filter((c) => c.count > 0).map((c) => [c.likelihood, c.impact, c.count]),
      },
    };
  }, [heatmap, t]);
  return (
    <Chart
      title={title} option={chart.option} table={chart.table} fileName="risk-heatmap" height={height} testId={testId} level={2}
      onItemClick={onCell ? (item) => { const [l, i] = item.data as [number, number]; onCell(l + 1, i + 1); } : undefined}
    />
  );
}
