// Draws each [data-chart] box as a bar chart of one column of the table it names: the table holds the figures
// (and is what screen readers and browsers without JavaScript read); the chart only shows them. Many bars lie
// on their side, so that their labels stay readable on a phone; the left margin allows for the CJK font's width,
// which ECharts measures narrower than it is drawn.
(function () {
  if (!window.echarts) {
    return;
  }
  document.querySelectorAll('[data-chart]').forEach(function (box) {
    var table = document.getElementById(box.dataset.table);
    if (!table || !table.tBodies.length) {
      return;
    }
    var column = Number(box.dataset.column);
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var labels = rows.map(function (r) { return r.cells[0].textContent.trim(); });
    var values = rows.map(function (r) {
      var cell = r.cells[column];
      return Number(cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent);
    });
    var lying = labels.length > 5;
    var names = { type: 'category', data: labels, inverse: lying, axisLabel: { interval: 0, margin: 10 } };
    var amounts = { type: 'value' };
    box.classList.add('drawn');
    if (lying) {
      box.style.height = (labels.length * 30 + 40) + 'px';
    }
    var chart = echarts.init(box, null, { renderer: 'svg' });
    chart.setOption({
      grid: { left: lying ? 32 : 16, right: 40, top: 16, bottom: 8, containLabel: true },
      xAxis: lying ? amounts : names,
      yAxis: lying ? names : amounts,
      series: [{ type: 'bar', data: values, itemStyle: { color: '#b3261e' },
        label: { show: true, position: lying ? 'right' : 'top' } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
