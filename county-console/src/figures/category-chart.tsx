import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, AriaComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

/**
 * Received and resolved per category as bars (Apache ECharts, canvas). The numbers are also in
 * the table below it; the chart is for looking, so it is an image with a label for screen readers.
 */
export function CategoryChart(props: { label: string; names: string[]; received: number[]; resolved: number[]; receivedName: string; resolvedName: string }) {
  const element = useRef<HTMLDivElement>(null);
  const { label, names, received, resolved, receivedName, resolvedName } = props;
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      textStyle: { fontSize: 16 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, left: 'center', data: [receivedName, resolvedName], textStyle: { fontSize: 16, color: '#111' } },
      grid: { left: 48, right: 16, bottom: 40, top: 48 },
      xAxis: { type: 'category', data: names, axisLabel: { fontSize: 16, color: '#111' } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 16, color: '#111' } },
      series: [
        { name: receivedName, type: 'bar', data: received, itemStyle: { color: '#1d4f91' } },
        { name: resolvedName, type: 'bar', data: resolved, itemStyle: { color: '#2e7d32' } },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [names, received, resolved, receivedName, resolvedName]);
  return <div ref={element} className="chart" role="img" aria-label={label} />;
}
