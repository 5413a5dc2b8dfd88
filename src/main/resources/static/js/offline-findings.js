// Patrol findings that survive a weak connection: a submission that cannot reach the server is kept in
// IndexedDB (fields and photo) and sent again when the phone is back online. Each carries its own
// idempotency key, so a retry that did arrive the first time never files a second case.
(function () {
  'use strict';
  var form = document.getElementById('finding-form');
  var status = document.getElementById('offline-status');
  if (!form || !window.indexedDB || !window.fetch || !window.FormData) {
    return;
  }
  var STORE = 'findings';
  var UPLOADED = 'offline-findings:uploaded';

  function newKey() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function db() {
    return new Promise(function (resolve, reject) {
      var open = indexedDB.open('gongzhi-offline', 1);
      open.onupgradeneeded = function () { open.result.createObjectStore(STORE, { keyPath: 'key' }); };
      open.onsuccess = function () { resolve(open.result); };
      open.onerror = function () { reject(open.error); };
    });
  }

  function tx(mode, work) {
    return db().then(function (d) {
      return new Promise(function (resolve, reject) {
        var t = d.transaction(STORE, mode);
        var result = work(t.objectStore(STORE));
        t.oncomplete = function () { resolve(result && result.result); };
        t.onerror = function () { reject(t.error); };
      });
    });
  }

  function say(text, problems) {
    status.textContent = text;
    (problems || []).forEach(function (p) {
      var line = document.createElement('span');
      line.className = 'field-error';
      line.textContent = p.message;
      status.appendChild(document.createElement('br'));
      status.appendChild(line);
    });
  }

  function csrf() {
    var input = form.querySelector('input[name="_csrf"]');
    return input ? input.value : '';
  }

  // what the form holds now, photo as a Blob; the page's URL decides where it goes
  function capture() {
    var fields = {};
    var photo = null;
    new FormData(form).forEach(function (value, name) {
      if (name === 'photo') {
        photo = value && value.size ? value : null;
      } else if (name !== '_csrf') {
        fields[name] = value;
      }
    });
    return { key: fields.idempotencyKey, api: form.dataset.api, fields: fields, photo: photo,
      photoName: photo ? photo.name : null };
  }

  function send(entry) {
    var body = new FormData();
    Object.keys(entry.fields).forEach(function (name) { body.append(name, entry.fields[name]); });
    if (entry.photo) {
      body.append('photo', entry.photo, entry.photoName || 'photo');
    }
    return fetch(entry.api, { method: 'POST', body: body, credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'Idempotency-Key': entry.key, 'X-CSRF-TOKEN': csrf() } });
  }

  function done() {
    sessionStorage.setItem(UPLOADED, '1');
    window.location.reload();
  }

  function refused(response) {
    return response.json().catch(function () { return {}; }).then(function (problem) {
      say(form.dataset.failed, problem.errors);
    });
  }

  function keep(entry) {
    return tx('readwrite', function (s) { return s.put(entry); }).then(function () {
      form.reset();
      form.querySelector('input[name="idempotencyKey"]').value = newKey();
      say(form.dataset.saved);
    });
  }

  function retryAll() {
    if (!navigator.onLine) {
      return Promise.resolve();
    }
    return tx('readonly', function (s) { return s.getAll(); }).then(function (entries) {
      var uploaded = 0;
      return entries.reduce(function (chain, entry) {
        return chain.then(function () {
          return send(entry).then(function (response) {
            if (response.ok || response.status === 400) {
              uploaded += response.ok ? 1 : 0;
              return tx('readwrite', function (s) { return s.delete(entry.key); })
                .then(function () { return response.ok ? null : refused(response); });
            }
          });
        });
      }, Promise.resolve()).then(function () {
        if (uploaded > 0) {
          done();
        }
      });
    }).catch(function () { /* still offline: the next 'online' event tries again */ });
  }

  form.addEventListener('submit', function (event) {
    if (!form.checkValidity()) {
      return;
    }
    event.preventDefault();
    var entry = capture();
    send(entry).then(function (response) {
      if (response.ok) {
        done();
      } else if (response.status === 400) {
        refused(response);
      } else {
        form.submit();
      }
    }, function () {
      keep(entry);
    });
  });

  form.querySelector('input[name="idempotencyKey"]').value = newKey();
  if (sessionStorage.getItem(UPLOADED)) {
    sessionStorage.removeItem(UPLOADED);
    say(form.dataset.uploaded);
  }
  window.addEventListener('online', retryAll);
  retryAll();
}());
