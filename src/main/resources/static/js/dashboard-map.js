// The dashboard's map (/dashboard, /dashboard/grids/N): the estate's buildings (or, in a grid, its stairwells)
// coloured by the measure chosen above, from /api/v1/dashboard/map. It repeats the table above it, which is what
// screen readers and keyboards use, so the map is hidden from them and only taps or clicks open a place.
(function () {
  'use strict';
  var el = document.getElementById('dashboard-map');
  if (!el || !window.L) {
    return;
  }
  // five steps of one hue, light to dark, told apart without colour vision by their lightness
  var BANDS = ['#edf8e9', '#bae4b3', '#74c476', '#31a354', '#006d2c'];
  var NOBODY = '#cfd8dc';

  function latLngs(ring) {
    return ring.map(function (p) { return [p[1], p[0]]; });
  }

  function percent(perMille) {
    return (perMille / 10).toFixed(1).replace(/\.0$/, '') + '%';
  }

  function label(p) {
    var place = p.kind === 'building' ? el.dataset.building.replace('{0}', p.key) : p.key;
    return p.perMille === undefined ? place + ' · ' + el.dataset.nobody
      : place + ' · ' + percent(p.perMille) + ' (' + p.taking + '/' + p.households + ')';
  }

  function opens(layer, href) {
    if (href) {
      layer.on('click', function () { window.location.href = href; });
    }
  }

  function legend(breaks) {
    var list = document.getElementById('dashboard-map-legend');
    BANDS.forEach(function (colour, b) {
      var item = document.createElement('li');
      var swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = colour;
      item.appendChild(swatch);
      var upper = b === BANDS.length - 1 ? breaks[b + 1] : Math.max(breaks[b], breaks[b + 1] - 1);
      item.appendChild(document.createTextNode(percent(breaks[b]) + ' – ' + percent(upper)));
      list.appendChild(item);
    });
    var none = document.createElement('li');
    var grey = document.createElement('span');
    grey.className = 'swatch';
    grey.style.background = NOBODY;
    none.appendChild(grey);
    none.appendChild(document.createTextNode(el.dataset.nobody));
    list.appendChild(none);
  }

  function points(f) {
    return f.geometry.type === 'Point' ? [[f.geometry.coordinates[1], f.geometry.coordinates[0]]]
      : latLngs(f.geometry.coordinates[0]);
  }

  function draw(doc) {
    var map = L.map(el, {zoomSnap: 0.25, attributionControl: false, maxZoom: 21, minZoom: 14, fadeAnimation: false,
      zoomControl: false, keyboard: false});
    // the view first (the whole estate, or the grid's places), so that each shape is drawn as it is added
    var framed = doc.features.filter(function (f) {
      return doc.grid ? f.properties.kind !== 'boundary' : f.properties.kind === 'boundary';
    });
    map.fitBounds(L.latLngBounds([].concat.apply([], framed.map(points))), {padding: [16, 16]});
    doc.features.forEach(function (f) {
      var p = f.properties;
      var fill = p.band === undefined ? NOBODY : BANDS[p.band];
      var layer;
      if (p.kind === 'boundary') {
        L.polygon(points(f), {color: '#37474f', weight: 3, fillColor: '#fafafa', fillOpacity: 0.6,
          interactive: false}).addTo(map);
        return;
      }
      if (p.kind === 'building') {
        layer = L.polygon(points(f), {color: '#455a64', weight: 1, fillColor: fill, fillOpacity: 1,
          className: 'map-building'});
      } else {
        layer = L.circleMarker(points(f)[0], {radius: 9, weight: 2, color: '#263238', fillColor: fill,
          fillOpacity: 1, className: 'map-stairwell'});
      }
      layer.bindTooltip(label(p)).addTo(map);
      opens(layer, p.href);
      layer.getElement().setAttribute('data-key', p.key);
      layer.getElement().setAttribute('data-band', p.band === undefined ? '' : p.band);
    });
    legend(doc.breaks);
    el.setAttribute('data-ready', 'true');
  }

  fetch(el.getAttribute('data-src'), {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
    .then(function (r) { return r.json(); })
    .then(draw);
}());
