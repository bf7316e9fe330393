// Put last in the page under test: once it has loaded, checks that every chart drew on its
// canvas and that a table sorts, and writes the findings as JSON into a pre element of id jingzhun-check.
window.addEventListener('load', function () {
  setTimeout(function () {
    var charts = [];
    Array.prototype.forEach.call(document.querySelectorAll('.chart-area'), function (area) {
      var canvas = area.querySelector('canvas');
      var drawn = 0;
      if (canvas && canvas.width > 0 && canvas.height > 0) {
        var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        for (var i = 3; i < pixels.length; i += 4) {
          if (pixels[i] > 0) { drawn++; }
        }
      }
      charts.push({ id: area.id, width: canvas ? canvas.width : 0, height: canvas ? canvas.height : 0, drawnPixels: drawn });
    });
    var sorted = null;
    var table = document.querySelector('table.sortable');
    if (table) {
      var heading = table.querySelector('th');
      heading.click();
      heading.click();
      sorted = { order: heading.getAttribute('aria-sort'), first: table.tBodies[0].rows[0].cells[0].textContent };
    }
    var out = document.createElement('pre');
    out.id = 'jingzhun-check';
    out.textContent = JSON.stringify({ charts: charts, sorted: sorted, errors: window.jingzhunErrors });
    document.body.appendChild(out);
  }, 0);
});
