// The estate map (/map): draws the register's shapes and the layers of /api/v1/map with Leaflet, without tiles.
// Buildings and items can be reached with Tab and opened with Enter; the list below the map says the same in text.
(function () {
  'use strict';
  var el = document.getElementById('estate-map');
  if (!el || !window.L || !window.GongzhiMap) {
    return;
  }
  var shapes = window.GongzhiMap;
  var COLOURS = {cases: '#c62828', projects: '#1565c0', findings: '#ef6c00', notices: '#6a1b9a'};

  function text(tag, value, cls) {
    var node = document.createElement(tag);
    node.textContent = value;
    if (cls) {
      node.className = cls;
    }
    return node;
  }

  function link(href, value) {
    var a = text('a', value);
    a.href = href;
    return a;
  }

  function focusable(layer, label) {
    var path = layer.getElement && layer.getElement();
    if (!path) {
      return;
    }
    path.setAttribute('tabindex', '0');
    path.setAttribute('role', 'button');
    path.setAttribute('aria-label', label);
    path.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        layer.openPopup();
      }
    });
  }

  function draw(doc) {
    var map = shapes.create(el);
    var groups = {};
    var boundary = null;
    var later = [];
    doc.features.forEach(function (f) {
      var p = f.properties;
      var g = f.geometry;
      if (p.kind === 'boundary') {
        boundary = shapes.boundary(f).addTo(map);
      } else if (p.kind === 'grid') {
        L.polygon(shapes.latLngs(g.coordinates[0]), {color: '#2e7d32', weight: 1, dashArray: '4 4', fillOpacity: 0.04})
          .bindTooltip(p.name).addTo(map);
      } else if (p.kind === 'building') {
        var popup = document.createElement('div');
        popup.appendChild(text('strong', p.name));
        var list = document.createElement('ul');
        list.className = 'map-stairwells';
        p.stairwells.forEach(function (s) {
          var li = document.createElement('li');
          li.appendChild(link(s.href, s.name));
          list.appendChild(li);
        });
        popup.appendChild(list);
        var building = shapes.building(f, true).bindPopup(popup).addTo(map);
        later.push(function () {
          focusable(building, p.name + ' · ' + el.dataset.stairwells);
          building.getElement().setAttribute('data-building', p.number);
        });
      } else if (p.kind === 'landmark') {
        shapes.landmark(f, true).addTo(map);
      } else if (p.kind === 'item') {
        var group = groups[p.layer] || (groups[p.layer] = L.featureGroup().addTo(map));
        var body = document.createElement('div');
        body.appendChild(link(p.href, p.title));
        body.appendChild(document.createElement('br'));
        body.appendChild(text('span', p.status + ' · ' + p.place));
        var marker = L.circleMarker([g.coordinates[1], g.coordinates[0]], {radius: 9, weight: 2,
          color: '#fff', fillColor: COLOURS[p.layer] || '#000', fillOpacity: 1, className: 'map-item'})
          .bindPopup(body).addTo(group);
        later.push(function () {
          focusable(marker, p.title + ' · ' + p.status + ' · ' + p.place);
          marker.getElement().setAttribute('data-href', p.href);
          marker.getElement().setAttribute('data-layer', p.layer);
        });
      }
    });
    if (boundary) {
      map.fitBounds(boundary.getBounds(), {padding: [8, 8]});
    }
    later.forEach(function (f) { f(); });
    Object.keys(groups).forEach(function (name) { groups[name].bringToFront(); });
    document.querySelectorAll('[data-map-layer]').forEach(function (box) {
      box.addEventListener('change', function () {
        var group = groups[box.getAttribute('data-map-layer')];
        if (group) {
          if (box.checked) {
            group.addTo(map);
          } else {
            map.removeLayer(group);
          }
        }
      });
    });
    el.setAttribute('data-ready', 'true');
  }

  fetch(el.getAttribute('data-src'), {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
    .then(function (r) { return r.json(); })
    .then(draw);
}());
