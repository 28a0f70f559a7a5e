// The app's own ECharts build: ECharts 5.6.0 from npm (pinned in package-lock.json), reduced to what
// the chart options in src/domain/charts.rs use, exposed as `window.echarts` for src/ui/echart.rs
// (echarts.init, then setOption / resize / on / dispatchAction / getDataURL / dispose) and for
// bench/bench.mjs and the browser tests (echarts.getInstanceByDom).
//
// Built by the Trunk pre_build hook in Trunk.toml:
//   esbuild js/echarts-entry.js --bundle --minify --format=iife --target=es2017
//           --outfile=target/echarts/echarts.min.js
// and handed to Trunk's JS pipeline by the `<script data-trunk …>` line in index.html (hashed file
// name, integrity attribute). scripts/post-build/csp.mjs then moves it out of the page: the app's
// loader fetches it towards the end of the wasm's download (README, "Performance").
//
// ECharts SILENTLY IGNORES an option whose type is not registered here: a `legend` with no
// LegendComponent, a `markLine`, a `series.type: 'pie'`, … draw nothing and log nothing in
// production. `every_chart_option_is_registered_in_the_echarts_build_and_nothing_more` in
// tests/charts.rs checks every chart option against the list below, both ways: add a part here
// when an option needs it, and remove it when no option does.
//
// Registered, and why (144 KB brotli; ECharts' core alone is 108 KB):
//   BarChart          decisions per year, stacked by outcome; the difference chart
//   LineChart         applications per year; the comparison chart
//   GridComponent     cartesian grid + category/value axes
//   TooltipComponent  `tooltip: { trigger: 'axis' }` (also installs the axisPointer it needs)
//   AriaComponent     `aria`: the decal patterns on the bars (charts.rs `Aria`/`Decal`)
//   CanvasRenderer    echarts.init gets no `renderer`, which means canvas; getDataURL (the
//                     "Download image (PNG)" button) needs nothing more
//   SVGRenderer       "Download image (SVG)": the same option drawn once more with
//                     `{ renderer: 'svg', ssr: true }` and renderToSVGString (src/ui/echart/export.rs)
// Not registered: legends and titles (both are HTML, outside the canvas), label layout, universal
// transitions, every other chart type and component.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, AriaComponent, CanvasRenderer, SVGRenderer]);

// Assigned when the script runs; src/ui/echart.rs waits for that (see its `Library`).
window.echarts = echarts;
