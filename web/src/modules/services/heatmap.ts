/** The dashboard's ECharts core plus the heatmap and its colour scale (registered once, on first import of this module). */
import { HeatmapChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import { echarts } from '../dashboard/echarts.ts';

echarts.use([HeatmapChart, VisualMapComponent]);
export { echarts };
