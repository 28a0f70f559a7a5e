// The app's own ECharts build: ECharts 5.6.0 from npm (pinned in package-lock.json), reduced to what
// the chart options in src/domain/charts.rs use or are about to use, exposed as `window.echarts`
// for src/ui/echart.rs (echarts.init, then setOption / resize / on / getDataURL / dispose) and for
// bench/bench.mjs (echarts.getInstanceByDom).
//
// Built by the Trunk pre_build hook in Trunk.toml:
//   esbuild js/echarts-entry.js --bundle --minify --format=iife --target=es2017
//           --outfile=target/echarts/echarts.min.js
// and handed to Trunk's JS pipeline by the `<script data-trunk … defer>` line in index.html (hashed
// file name, integrity attribute). 156 KB brotli against 271 KB for the stock dist/echarts.min.js
// (README, "Performance").
//
// ECharts SILENTLY IGNORES an option whose type is not registered here: a `markLine` with no
// MarkLineComponent, a `dataZoom`, a `series.type: 'pie'`, … draw nothing and log nothing in
// production. When a chart option gains a new series type or component, add it below.
//
// Included, and why. The first seven are what today's option uses (147 KB brotli on their own);
// the last four are not in the option yet but were asked for because the coming charts use them
// (8.8 KB brotli together):
//   BarChart             decisions per year, stacked by outcome (charts.rs `Bar`)
//   LineChart            applications per year (charts.rs `Line`)
//   GridComponent        cartesian grid + category/value axes of the yearly chart
//   TooltipComponent     `tooltip: { trigger: 'axis' }` (also installs the axisPointer it needs)
//   LegendPlainComponent the option carries `legend: { show: false }` (the legend is HTML); kept
//                        so that a shown legend works. Plain type only: `type: 'scroll'` would
//                        need LegendScrollComponent (LegendComponent = both, 1.6 KB more brotli)
//   AriaComponent        `aria`: the decal patterns on the bars (charts.rs `Aria`/`Decal`)
//   CanvasRenderer       echarts.init gets no `renderer`, which means canvas; getDataURL (the
//                        "Download image" button) needs nothing more
//   TitleComponent       `title` (coming: titles in exported / embedded charts)
//   MarkLineComponent    `markLine` on a series (coming: reference lines)
//   GraphicComponent     `graphic`: free text / shapes, e.g. a "no data" note inside the grid
//   DatasetComponent     `dataset`: series that read a shared table instead of their own `data`
// Not included:
//   LabelLayout (echarts/features): only needed for `labelLayout` (hideOverlap / moveOverlap)
//                        and label lines; no series here shows data labels.
//   UniversalTransition: morphing between series types; not used.
//   SVGRenderer, every other chart type and component (dataZoom, visualMap, toolbox, polar, …).
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GraphicComponent,
  GridComponent,
  LegendPlainComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  TitleComponent,
  LegendPlainComponent,
  MarkLineComponent,
  AriaComponent,
  GraphicComponent,
  DatasetComponent,
  CanvasRenderer,
]);

// A classic (IIFE) script loaded with `defer`: it runs before DOMContentLoaded and before the
// page's `load` event, which is what src/ui/echart.rs waits for when the wasm is quicker.
window.echarts = echarts;
