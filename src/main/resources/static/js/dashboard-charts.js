// Draws each [data-chart] box as a bar chart of one column of the table it names: the table holds the figures
// (and is what screen readers and browsers without JavaScript read); the chart only shows them.
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
    box.classList.add('drawn');
    var chart = echarts.init(box, null, { renderer: 'svg' });
    chart.setOption({
      grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 6 ? 45 : 0 } },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: values, itemStyle: { color: '#b3261e' } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
