// The benchmark's baseline page, written the plain way: fetch the JSON, total it, write the
// headline figures, draw the chart with the global `echarts` from the stock echarts.min.js.
// It draws the chart src/domain/charts.rs draws (same option: bars of decisions stacked by
// outcome, applications as a line, the same colours and decal patterns, masked cells faded,
// 300 ms update animation) for UNHCR and Home Office (main applicants), 2003–2015, and sets the
// same performance marks as the app (src/ui/perf.rs):
//   nk:figures-visible  the headline numbers are in the DOM
//   nk:chart-drawn      ECharts' first 'finished' event
(function () {
  'use strict';
  var FROM = 2003;
  var TO = 2015;
  var COLOURS = {
    text: '#333333', grid: '#e3e3e3', applications: '#1a1a1a', granted: '#006b4f',
    complementary: '#2b86c5', refused: '#c64f00', closed: '#8a8a8a', decal: 'rgba(0, 0, 0, 0.25)',
  };
  // One pattern per bar series, as charts.rs `decals` spells them out.
  var DECALS = [
    { dashArrayX: [1, 0], dashArrayY: [2, 5], symbolSize: 1, rotation: Math.PI / 6 },
    { dashArrayX: [[8, 8], [0, 8, 8, 0]], dashArrayY: [6, 0], symbol: 'circle', symbolSize: 0.8 },
    { dashArrayX: [1, 0], dashArrayY: [4, 3], rotation: -Math.PI / 4 },
    { dashArrayX: [[6, 6], [0, 6, 6, 0]], dashArrayY: [6, 0] },
  ].map(function (d) { d.color = COLOURS.decal; return d; });

  function markOnce(name) {
    if (performance.getEntriesByName(name).length === 0) performance.mark(name);
  }

  // A published cell: a number, a masked {published, low, high}, or null (no source row).
  function bounds(cell) {
    if (cell === null || cell === undefined) return null;
    if (typeof cell === 'number') return { low: cell, high: cell, published: cell, masked: false };
    return { low: cell.low, high: cell.high, published: cell.published, masked: true };
  }
  function thousands(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }
  function formatTotal(t) {
    var text = t.low === t.high ? thousands(t.low) : thousands(t.low) + '\u2013' + thousands(t.high);
    return t.masked ? text + '*' : text;
  }
  function years() {
    var out = [];
    for (var y = FROM; y <= TO; y++) out.push(y);
    return out;
  }
  function byYear(rows) {
    var map = {};
    rows.forEach(function (r) { map[r.year] = r; });
    return map;
  }

  function unhcrView(data) {
    var rows = byYear(data.unhcr);
    var ys = years();
    function column(get) {
      return ys.map(function (y) { var r = rows[y]; return r ? bounds(get(r)) : null; });
    }
    function decision(key) {
      return column(function (r) { return r.decisions ? r.decisions[key] : null; });
    }
    var applications = column(function (r) { return r.applied; });
    var outcomes = [
      { id: 'granted', label: 'Recognised as refugees', values: decision('recognized') },
      { id: 'complementary', label: 'Complementary protection', values: decision('complementary') },
      { id: 'refused', label: 'Rejected', values: decision('rejected') },
      { id: 'closed', label: 'Otherwise closed', values: decision('otherwise_closed') },
    ];
    return {
      caption: 'UNHCR figures, persons, including dependants, 2003\u20132015',
      unit: 'persons', years: ys, applications: applications, outcomes: outcomes,
      headlines: [{ id: 'applications', label: 'Applications', values: applications }]
        .concat(outcomes).map(function (s) { return { id: s.id, label: s.label, total: total(s.values) }; }),
    };
  }

  function homeOfficeView(data) {
    var rows = byYear(data.homeoffice);
    var ys = years();
    function column(get) {
      return ys.map(function (y) { var r = rows[y]; return r ? bounds(get(r.main_applicants)) : null; });
    }
    function d(get) { return column(function (g) { return get(g.decisions); }); }
    var applications = column(function (g) { return g.applications; });
    var protection = d(function (x) { return x.refugee_permission + x.humanitarian_protection; });
    var other = d(function (x) {
      return x.discretionary_leave + x.exceptional_leave_to_remain + x.uasc_leave + x.other_grants;
    });
    var refused = d(function (x) {
      return x.other_refusals + x.certified_refusal + x.non_compliance_refusal + x.third_country_refusal;
    });
    var withdrawn = d(function (x) { return x.withdrawn; });
    var outcomes = [
      { id: 'granted', label: 'Granted protection', values: protection },
      { id: 'complementary', label: 'Granted other leave', values: other },
      { id: 'refused', label: 'Refused', values: refused },
      { id: 'closed', label: 'Withdrawn', values: withdrawn },
    ];
    var granted = total(protection.map(function (c, i) {
      return c && { low: c.low + other[i].low, high: c.high + other[i].high, masked: false };
    }));
    return {
      caption: 'Home Office figures, main applicants, 2003\u20132015',
      unit: 'main applicants', years: ys, applications: applications, outcomes: outcomes,
      headlines: [
        { id: 'applications', label: 'Applications', total: total(applications) },
        { id: 'granted', label: 'Granted', total: granted },
        { id: 'refused', label: 'Refused', total: total(refused) },
        { id: 'closed', label: 'Withdrawn', total: total(withdrawn) },
      ],
    };
  }

  function total(cells) {
    var t = { low: 0, high: 0, masked: false };
    cells.forEach(function (c) {
      if (!c) return;
      t.low += c.low;
      t.high += c.high;
      t.masked = t.masked || c.masked;
    });
    return t;
  }

  function points(cells, colour) {
    return cells.map(function (c) {
      if (!c) return null;
      if (!c.masked) return c.published;
      return {
        value: c.published,
        itemStyle: { color: colour, opacity: 0.45, borderColor: colour, borderWidth: 1, borderType: 'dashed' },
      };
    });
  }

  function option(view) {
    var series = view.outcomes.map(function (o) {
      return {
        type: 'bar', id: o.id, name: o.label, stack: 'decisions',
        itemStyle: { color: COLOURS[o.id] }, data: points(o.values, COLOURS[o.id]),
      };
    });
    series.push({
      type: 'line', id: 'applications', name: 'Applications', symbol: 'circle', symbolSize: 6, z: 3,
      itemStyle: { color: COLOURS.applications },
      lineStyle: { color: COLOURS.applications, width: 2 },
      data: points(view.applications, COLOURS.applications),
    });
    return {
      animationDurationUpdate: 300,
      aria: { enabled: true, decal: { show: true, decals: DECALS } },
      tooltip: { trigger: 'axis' },
      legend: { show: false },
      grid: { left: 4, right: 12, top: 28, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category', data: view.years.map(String), axisLabel: { color: COLOURS.text },
      },
      yAxis: {
        type: 'value', name: view.unit, nameLocation: 'end',
        nameTextStyle: { color: COLOURS.text, align: 'left' },
        axisLabel: { color: COLOURS.text },
        splitLine: { lineStyle: { color: COLOURS.grid } },
      },
      series: series,
    };
  }

  function renderFigures(view) {
    document.getElementById('caption').textContent = view.caption;
    var list = document.getElementById('figures');
    list.textContent = '';
    view.headlines.forEach(function (h) {
      var box = document.createElement('div');
      box.className = 'figure';
      var dt = document.createElement('dt');
      dt.textContent = h.label;
      var dd = document.createElement('dd');
      dd.textContent = formatTotal(h.total);
      box.appendChild(dt);
      box.appendChild(dd);
      list.appendChild(box);
    });
  }

  var chart = null;
  function show(data, source) {
    var view = source === 'homeoffice' ? homeOfficeView(data) : unhcrView(data);
    renderFigures(view);
    markOnce('nk:figures-visible');
    ['unhcr', 'homeoffice'].forEach(function (s) {
      document.getElementById('source-' + s).setAttribute('aria-pressed', String(s === source));
    });
    if (!chart) {
      chart = echarts.init(document.getElementById('chart'));
      chart.on('finished', function () { markOnce('nk:chart-drawn'); });
      new ResizeObserver(function () { chart.resize(); }).observe(document.getElementById('chart'));
    }
    chart.setOption(option(view), { replaceMerge: ['series'] });
  }

  fetch('data/nk-asylum.json')
    .then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    })
    .then(function (data) {
      show(data, 'unhcr');
      ['unhcr', 'homeoffice'].forEach(function (s) {
        document.getElementById('source-' + s).addEventListener('click', function () { show(data, s); });
      });
    })
    .catch(function (e) {
      document.getElementById('caption').textContent = 'The figures could not be loaded (' + e.message + ').';
    });
})();
