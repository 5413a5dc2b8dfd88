// What both estate maps draw the same way (/map and the 随手拍 form's small map): the register's GeoJSON shapes
// as Leaflet layers, with no tiles. Each map adds its own behaviour (pop-ups, picking a point) to what it gets back.
(function () {
  'use strict';

  // GeoJSON rings are [long, lat]; Leaflet wants [lat, long]
  function latLngs(ring) {
    return ring.map(function (p) { return [p[1], p[0]]; });
  }

  function create(el) {
    return L.map(el, {zoomSnap: 0.25, attributionControl: false, maxZoom: 21, minZoom: 14, fadeAnimation: false});
  }

  function boundary(f) {
    return L.polygon(latLngs(f.geometry.coordinates[0]), {color: '#37474f', weight: 3, fill: true,
      fillColor: '#f1f8e9', fillOpacity: 0.6, interactive: false});
  }

  // interactive: whether the building answers taps itself (the estate map's pop-up) or lets them through
  function building(f, interactive) {
    return L.polygon(latLngs(f.geometry.coordinates[0]), {color: '#455a64', weight: 1, fillColor: '#b0bec5',
      fillOpacity: 0.9, interactive: interactive, className: 'map-building'});
  }

  function landmark(f, interactive) {
    var p = f.properties;
    return L.circle([f.geometry.coordinates[1], f.geometry.coordinates[0]], {radius: p.radius, color: '#00838f',
      fillColor: '#80deea', fillOpacity: 0.7, weight: 1, interactive: interactive})
      .bindTooltip(p.name, {permanent: p.radius >= 14, direction: 'center', className: 'map-label'});
  }

  window.GongzhiMap = {latLngs: latLngs, create: create, boundary: boundary, building: building, landmark: landmark};
}());
