/** The dashboard's ECharts core plus the heatmap and its colour scale (echarts.use is idempotent: registered once). */
import { HeatmapChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import { echarts } from '../dashboard/echarts.ts';

echarts.use([HeatmapChart, VisualMapComponent]);
export { echarts };
