// The report's own script: draws each chart of the JSON element "jingzhun-charts" with ECharts,
// and sorts a table by a click on a column heading. No network, no framework.
(function () {
  'use strict';
  var PALETTE = ['#4472c4', '#ed7d31', '#70ad47', '#ffc000', '#5b9bd5', '#a5a5a5', '#9e480e', '#264478', '#636363', '#997300'];

  function format(v) {
    return v === null || v === undefined ? '—' : Number(v).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
  }

  function tooltip(chart) {
    return function (params) {
      var i = params[0].dataIndex;
      var lines = [chart.categories[i]];
      chart.series.forEach(function (s) {
        var band = s.low ? ' (' + format(s.low[i]) + ' – ' + format(s.high[i]) + ')' : '';
        lines.push(s.name + ': ' + format(s.values[i]) + band);
      });
      return lines.join('<br>') + '<br><small>' + chart.valueAxis + '</small>';
    };
  }

  function bandSeries(s, k) {
    var width = s.values.map(function (v, i) {
      return s.low[i] === null || s.high[i] === null ? null : s.high[i] - s.low[i];
    });
    // named as its series, so that the legend switches both on and off together
    var common = { type: 'line', name: s.name, stack: 'band-' + k, symbol: 'none', lineStyle: { opacity: 0 }, silent: true };
    return [
      Object.assign({ data: s.low }, common),
      Object.assign({ data: width, areaStyle: { color: PALETTE[k % PALETTE.length], opacity: 0.18 } }, common)
    ];
  }

  function series(chart) {
    var all = [];
    chart.series.forEach(function (s, k) {
      var kind = chart.kind === 'LINE' ? 'line' : 'bar';
      var drawn = { type: kind, name: s.name, data: s.values, itemStyle: { color: PALETTE[k % PALETTE.length] } };
      if (chart.kind === 'STACKED_BAR') {
        drawn.stack = 'total';
      }
      if (kind === 'line') {
        drawn.lineStyle = { color: PALETTE[k % PALETTE.length], width: 2 };
      }
      all.push(drawn);
      if (s.low && kind === 'line') {
        all = all.concat(bandSeries(s, k));
      }
    });
    return all;
  }

  function option(chart) {
    return {
      animation: false,
      color: PALETTE,
      title: { text: chart.title, left: 'center', textStyle: { fontSize: 16 } },
      tooltip: { trigger: 'axis', formatter: tooltip(chart) },
      legend: { top: 30, type: 'scroll', data: chart.series.map(function (s) { return s.name; }) },
      grid: { top: 80, left: 70, right: 30, bottom: 50, containLabel: true },
      xAxis: { type: 'category', name: chart.categoryAxis, nameLocation: 'middle', nameGap: 30, data: chart.categories },
      yAxis: { type: 'value', name: chart.valueAxis, splitLine: { lineStyle: { color: '#e6e6e6' } } },
      series: series(chart)
    };
  }

  var charts = JSON.parse(document.getElementById('jingzhun-charts').textContent);
  charts.forEach(function (chart) {
    var drawn = echarts.init(document.getElementById(chart.id), null, { renderer: 'canvas' });
    drawn.setOption(option(chart));
    window.addEventListener('resize', function () { drawn.resize(); });
  });

  var NUMBER = /^[-+]?[\d,]*\.?\d+%?$/;
  function compare(a, b) {
    if (NUMBER.test(a) && NUMBER.test(b)) {
      return parseFloat(a.replace(/,/g, '')) - parseFloat(b.replace(/,/g, ''));
    }
    return a.localeCompare(b, 'zh-CN');
  }

  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    var headings = table.querySelectorAll('th');
    Array.prototype.forEach.call(headings, function (th, column) {
      th.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headings, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (x, y) {
          var order = compare(x.cells[column].textContent.trim(), y.cells[column].textContent.trim());
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
