// The 随手拍 form's small map (/report): tap the place of the problem, move the map under its crosshair with the arrow
// keys and press Enter, or use the phone's location. The point goes
// to /api/v1/cases/nearby, which places it at the nearest stairwell or landmark by the rule Open311 follows; the
// place fields below are then filled in as if chosen from the list, so the form works the same without the map.
(function () {
  'use strict';
  var box = document.querySelector('.report-map');
  var el = document.getElementById('report-map');
  if (!box || !el || !window.L || !window.fetch || !window.GongzhiMap) {
    return;
  }
  var shapes = window.GongzhiMap;
  box.hidden = false;
  var form = box.closest('form');
  var latInput = document.getElementById('f-point-lat');
  var longInput = document.getElementById('f-point-long');
  var status = document.getElementById('report-map-status');
  var clear = document.getElementById('report-map-clear');
  var map = shapes.create(el);
  var marker = null;

  function say(text) {
    status.textContent = text;
  }

  function fill(text, values) {
    return text.replace(/\{(\d)\}/g, function (m, i) { return values[Number(i)]; });
  }

  function choose(place) {
    var radio = document.getElementById('f-placeKind-' + place.kind);
    if (radio) {
      radio.checked = true;
    }
    if (place.kind === 'STAIRWELL') {
      document.getElementById('f-stairwellCode').value = place.code;
    } else if (place.kind === 'LANDMARK') {
      document.getElementById('f-landmark').value = place.code;
    }
  }

  function forget() {
    latInput.value = '';
    longInput.value = '';
    if (marker) {
      map.removeLayer(marker);
      marker = null;
    }
    clear.hidden = true;
  }

  // pan: bring the point into view, if it is out of view, once it is known to be placed (the phone may lie far off)
  function pick(lat, lng, pan) {
    latInput.value = lat.toFixed(6);
    longInput.value = lng.toFixed(6);
    if (marker) {
      marker.setLatLng([lat, lng]);
    } else {
      marker = L.circleMarker([lat, lng], {radius: 10, weight: 3, color: '#fff', fillColor: '#c62828',
        fillOpacity: 1, className: 'report-point', interactive: false}).addTo(map);
    }
    clear.hidden = false;
    var category = form.querySelector('[name=category]');
    var url = box.getAttribute('data-nearby') + '?lat=' + latInput.value + '&long=' + longInput.value
      + (category && category.value ? '&category=' + encodeURIComponent(category.value) : '');
    fetch(url, {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then(function (r) {
        return r.json().then(function (body) { return {ok: r.ok, body: body}; });
      })
      .then(function (answer) {
        if (!answer.ok) {
          var errors = answer.body.errors || [];
          box.setAttribute('data-placed', '');
          say(errors.length ? errors[0].message : box.getAttribute('data-failed'));
          return;
        }
        choose(answer.body.place);
        if (pan && !map.getBounds().contains([lat, lng])) {
          map.panTo([lat, lng]);
        }
        box.setAttribute('data-placed', answer.body.place.code);
        var text = fill(box.getAttribute('data-placed-text'), [answer.body.placeName, answer.body.placedMetres]);
        if (answer.body.reports.length) {
          text += ' ' + fill(box.getAttribute('data-nearby-some'), [answer.body.reports.length,
            answer.body.withinMetres]);
        }
        say(text);
      })
      .catch(function () { say(box.getAttribute('data-failed')); });
  }

  function draw(doc) {
    // the view first: Leaflet draws a shape, and gives it an element, only once the map has one
    doc.features.forEach(function (f) {
      if (f.properties.kind === 'boundary') {
        var boundary = shapes.boundary(f);
        map.fitBounds(boundary.getBounds(), {padding: [4, 4]});
        boundary.addTo(map);
      }
    });
    doc.features.forEach(function (f) {
      var p = f.properties;
      if (p.kind === 'building') {
        var shape = shapes.building(f, false).addTo(map);
        shape.getElement().setAttribute('data-building', p.number);
        L.marker(shape.getBounds().getCenter(), {interactive: false, keyboard: false, icon: L.divIcon({
          className: 'map-number', html: String(p.number), iconSize: [28, 16]})}).addTo(map);
      } else if (p.kind === 'landmark') {
        shapes.landmark(f, false).addTo(map);
      }
    });
    map.on('click', function (e) { pick(e.latlng.lat, e.latlng.lng, false); });
    // by keyboard: the arrow keys move the map under the crosshair in its middle (Leaflet's own keyboard panning),
    // Enter or Space places the point under the crosshair
    el.addEventListener('keydown', function (e) {
      if (e.target === el && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        map.stop(); // a pan still gliding would carry the point away from under the crosshair
        var centre = map.getCenter();
        pick(centre.lat, centre.lng, false);
      }
    });
    if (latInput.value && longInput.value) {
      pick(Number(latInput.value), Number(longInput.value), false);
    }
    el.setAttribute('data-ready', 'true');
  }

  document.getElementById('report-locate').addEventListener('click', function () {
    if (!navigator.geolocation) {
      say(box.getAttribute('data-unsupported'));
      return;
    }
    say(box.getAttribute('data-locating'));
    navigator.geolocation.getCurrentPosition(function (position) {
      var lat = position.coords.latitude;
      var lng = position.coords.longitude;
      pick(lat, lng, true);
    }, function (error) {
      say(box.getAttribute(error.code === 1 ? 'data-denied' : 'data-unavailable'));
    }, {enableHighAccuracy: true, timeout: 15000, maximumAge: 0});
  });
  clear.addEventListener('click', function () {
    forget();
    say('');
  });
  // choosing from the list takes the place of the point on the map
  document.querySelectorAll('#f-placeKind input, #f-placeKind select').forEach(function (field) {
    field.addEventListener('change', function () {
      if (latInput.value) {
        forget();
        say('');
      }
    });
  });

  fetch(box.getAttribute('data-src'), {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
    .then(function (r) { return r.json(); })
    .then(draw);
}());
