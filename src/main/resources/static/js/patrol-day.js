// The patrol day on a phone with a weak connection. Every tick on the attendance list, the study topic, every
// checklist item and a finding that cannot reach the server wait in an outbox in IndexedDB and are sent in
// order once the phone is online again. A tick is a state (present or not, fine or a problem), so sending it
// twice changes nothing; a finding carries its own idempotency key, so a retry never files a second case.
// The three steps are sections of one page, switched here without the network.
(function () {
  'use strict';
  var main = document.querySelector('main.patrol-day');
  if (!main || !window.indexedDB || !window.fetch || !window.FormData) {
    return;
  }
  var api = main.dataset.api;
  var outboxStatus = document.getElementById('patrol-outbox');
  var findingForm = document.getElementById('finding-form');
  var findingStatus = document.getElementById('offline-status');
  var STORE = 'outbox';
  var UPLOADED = 'patrol-day:uploaded';
  var counter = 0;
  var sending = Promise.resolve(true);

  function format(template, values) {
    return template.replace(/\{(\d)\}/g, function (all, i) { return values[i]; });
  }

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

  // version 1 kept only findings; they move into the outbox so that none is lost by the update
  function db() {
    return new Promise(function (resolve, reject) {
      var open = indexedDB.open('gongzhi-offline', 2);
      open.onupgradeneeded = function (event) {
        var outbox = open.result.createObjectStore(STORE, { keyPath: 'slot' });
        if (event.oldVersion === 1) {
          open.transaction.objectStore('findings').getAll().onsuccess = function (found) {
            found.target.result.forEach(function (f, i) {
              outbox.put({ slot: 'finding ' + f.key, seq: i, kind: 'finding', url: f.api, key: f.key,
                fields: f.fields, photo: f.photo, photoName: f.photoName });
            });
            open.result.deleteObjectStore('findings');
          };
        }
      };
      open.onsuccess = function () { resolve(open.result); };
      open.onerror = function () { reject(open.error); };
    });
  }

  function tx(mode, work) {
    return db().then(function (d) {
      return new Promise(function (resolve, reject) {
        var t = d.transaction(STORE, mode);
        var request = work(t.objectStore(STORE));
        t.oncomplete = function () { resolve(request && request.result); };
        t.onerror = function () { reject(t.error); };
      });
    });
  }

  function pending() {
    return tx('readonly', function (s) { return s.getAll(); }).then(function (entries) {
      return entries.filter(function (e) { return e.url.indexOf(api) === 0; })
        .sort(function (a, b) { return a.seq - b.seq; });
    });
  }

  // a later change of the same tick replaces the one still waiting, and goes to the end of the line
  function enqueue(entry) {
    entry.seq = Date.now() + (counter++) / 1000;
    entry.key = entry.key || newKey();
    return tx('readwrite', function (s) { return s.put(entry); });
  }

  function csrf() {
    var input = document.querySelector('input[name="_csrf"]');
    return input ? input.value : '';
  }

  function send(entry) {
    var headers = { 'Accept': 'application/json', 'Idempotency-Key': entry.key, 'X-CSRF-TOKEN': csrf() };
    if (entry.kind !== 'finding') {
      headers['Content-Type'] = 'application/json';
      return fetch(entry.url, { method: 'PUT', body: JSON.stringify(entry.body), credentials: 'same-origin',
        headers: headers });
    }
    var body = new FormData();
    Object.keys(entry.fields).forEach(function (name) { body.append(name, entry.fields[name]); });
    if (entry.photo) {
      body.append('photo', entry.photo, entry.photoName || 'photo');
    }
    return fetch(entry.url, { method: 'POST', body: body, credentials: 'same-origin', headers: headers });
  }

  function problems(response, target, lead) {
    return response.json().catch(function () { return {}; }).then(function (problem) {
      target.textContent = lead;
      (problem.errors || []).forEach(function (p) {
        var line = document.createElement('span');
        line.className = 'field-error';
        line.textContent = p.message;
        target.appendChild(document.createElement('br'));
        target.appendChild(line);
      });
    });
  }

  // removes what was sent, unless the same tick changed again meanwhile
  function forget(entry) {
    return tx('readwrite', function (s) {
      var current = s.get(entry.slot);
      current.onsuccess = function () {
        if (current.result && current.result.seq === entry.seq) {
          s.delete(entry.slot);
        }
      };
    });
  }

  // sends the outbox in order; true when nothing is left, false when the network (or the session) stopped it
  function flush() {
    sending = sending.then(function () {
      var uploadedFinding = false;
      return pending().then(function (entries) {
        return entries.reduce(function (chain, entry) {
          return chain.then(function (goOn) {
            if (!goOn) {
              return false;
            }
            return send(entry).then(function (response) {
              if (response.ok || response.status === 400) {
                uploadedFinding = uploadedFinding || (response.ok && entry.kind === 'finding');
                return forget(entry).then(function () {
                  return response.ok || problems(response, entry.kind === 'finding' ? findingStatus : outboxStatus,
                    entry.kind === 'finding' ? findingForm.dataset.failed : main.dataset.refused);
                }).then(function () { return true; });
              }
              return false;
            }, function () { return false; });
          });
        }, Promise.resolve(true));
      }).then(function (allSent) {
        if (uploadedFinding) {
          sessionStorage.setItem(UPLOADED, '1');
          window.location.reload();
        }
        return showOutbox().then(function () { return allSent; });
      });
    }).catch(function () { return false; });
    return sending;
  }

  var sentSomething = false;

  function showOutbox() {
    return pending().then(function (entries) {
      if (entries.length > 0) {
        sentSomething = true;
        outboxStatus.textContent = format(main.dataset.pending, [entries.length]);
      } else if (sentSomething && !outboxStatus.querySelector('.field-error')) {
        outboxStatus.textContent = main.dataset.sent;
      }
      var findings = entries.filter(function (e) { return e.kind === 'finding'; });
      if (findingStatus && findings.length > 0 && !findingStatus.textContent) {
        findingStatus.textContent = format(findingForm.dataset.waiting, [findings.length]);
      }
      listWaiting(findings);
      summarise(findings.length);
    });
  }

  // findings still on the phone are listed with the uploaded ones, marked as waiting
  function listWaiting(findings) {
    var list = document.getElementById('finding-list');
    if (!list) {
      return;
    }
    list.querySelectorAll('li.patrol-waiting').forEach(function (li) { li.remove(); });
    findings.forEach(function (f) {
      var li = document.createElement('li');
      li.className = 'patrol-waiting';
      var what = document.createElement('strong');
      what.textContent = f.summary || f.fields.description;
      var tag = document.createElement('span');
      tag.className = 'tag';
      tag.textContent = main.dataset.waitingTag;
      li.appendChild(what);
      li.appendChild(document.createTextNode(' '));
      li.appendChild(tag);
      list.appendChild(li);
    });
    var none = document.getElementById('no-findings');
    if (none) {
      none.hidden = findings.length > 0;
    }
  }

  function slotOf(kind, id) {
    return kind + ' ' + api + ' ' + id;
  }

  function change(kind, id, path, body) {
    return enqueue({ slot: slotOf(kind, id), kind: kind, url: api + path, body: body }).then(flush);
  }

  // --- the step bar: each step's figure follows what is ticked on the page
  var findingCount = document.querySelectorAll('#finding-list li.finding').length;

  function summarise(waitingFindings) {
    var present = document.querySelectorAll('input[name="present"]:checked').length;
    var items = document.querySelectorAll('#checks-form fieldset.check');
    var walked = document.querySelectorAll('#checks-form input[type=radio]:checked:not([value=""])').length;
    setSum('attendance', [present]);
    setSum('checklist', [walked, items.length]);
    setSum('findings', [findingCount + (waitingFindings || 0)]);
    document.querySelectorAll('#checks-form details.patrol-group').forEach(function (group) {
      var sum = group.querySelector('.patrol-group-sum');
      sum.textContent = format(sum.dataset.template, [
        group.querySelectorAll('input[type=radio]:checked:not([value=""])').length,
        group.querySelectorAll('fieldset.check').length]);
    });
  }

  function setSum(step, values) {
    var sum = document.getElementById('sum-' + step);
    if (sum) {
      sum.textContent = format(sum.dataset.template, values);
    }
  }

  function showStep(step, focus) {
    var section = document.getElementById('step-' + step);
    if (!section) {
      return;
    }
    document.querySelectorAll('section.patrol-step').forEach(function (s) { s.hidden = s !== section; });
    document.querySelectorAll('.patrol-steps a').forEach(function (a) {
      if (a.dataset.step === step) {
        a.setAttribute('aria-current', 'step');
      } else {
        a.removeAttribute('aria-current');
      }
    });
    if (focus) {
      window.scrollTo(0, 0);
      section.querySelector('h2').focus({ preventScroll: true });
    }
  }

  document.querySelectorAll('a[data-step]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      event.preventDefault();
      history.pushState({ step: link.dataset.step }, '', link.href);
      showStep(link.dataset.step, true);
    });
  });
  window.addEventListener('popstate', function () {
    showStep(new URLSearchParams(location.search).get('step') || 'attendance', false);
  });

  // --- attendance: each tick and the study topic are saved as they are made
  var topic = document.getElementById('f-studyTopic');
  document.querySelectorAll('input[name="present"]').forEach(function (box) {
    box.addEventListener('change', function () {
      summarise();
      change('presence', box.value, '/attendance/' + box.value, { present: box.checked });
    });
  });
  if (topic) {
    topic.addEventListener('change', function () {
      if (topic.checkValidity()) {
        change('topic', '', '/study-topic', { studyTopic: topic.value });
      }
    });
  }

  // --- the checklist: each choice is saved as it is made
  document.querySelectorAll('#checks-form input[type=radio]').forEach(function (radio) {
    radio.addEventListener('change', function () {
      var item = radio.name.slice('item.'.length);
      summarise();
      change('check', item, '/checks/' + encodeURIComponent(item), { status: radio.value || null });
    });
  });

  // a save button sends the whole form once the outbox is through; offline, everything is already on the phone
  ['attendance-form', 'checks-form'].forEach(function (id) {
    var form = document.getElementById(id);
    if (!form) {
      return;
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var topicSaved = id === 'attendance-form' && topic
        ? enqueue({ slot: slotOf('topic', ''), kind: 'topic', url: api + '/study-topic',
          body: { studyTopic: topic.value } }) : Promise.resolve();
      topicSaved.then(flush).then(function (allSent) {
        if (allSent) {
          form.submit();
        } else {
          outboxStatus.scrollIntoView({ block: 'center' });
        }
      });
    });
  });

  // --- the roster filter: typing a name narrows the folded list of the branch's people
  var filter = document.getElementById('f-q');
  var filterStatus = document.getElementById('filter-status');
  if (filter) {
    filter.addEventListener('input', function () {
      var words = filter.value.trim();
      var matches = 0;
      document.querySelectorAll('#attendance-form details.patrol-group').forEach(function (group) {
        var shown = 0;
        group.querySelectorAll('label.person').forEach(function (person) {
          var hit = !words || person.textContent.indexOf(words) >= 0;
          person.hidden = !hit;
          shown += hit ? 1 : 0;
        });
        group.hidden = shown === 0;
        group.open = words !== '' && shown > 0;
        matches += shown;
      });
      filterStatus.textContent = words ? format(main.dataset.matches, [matches]) : '';
    });
  }

  // --- findings: sent at once when possible, otherwise kept with their photo until the phone is online
  function capture() {
    var fields = {};
    var photo = null;
    new FormData(findingForm).forEach(function (value, name) {
      if (name === 'photo') {
        photo = value && value.size ? value : null;
      } else if (name !== '_csrf') {
        fields[name] = value;
      }
    });
    var category = findingForm.querySelector('select[name="category"]');
    return { slot: 'finding ' + fields.idempotencyKey, kind: 'finding', key: fields.idempotencyKey,
      url: findingForm.dataset.api, fields: fields, photo: photo, photoName: photo ? photo.name : null,
      summary: category.options[category.selectedIndex].text + '：' + fields.description };
  }

  if (findingForm) {
    findingForm.addEventListener('submit', function (event) {
      if (!findingForm.checkValidity()) {
        return;
      }
      event.preventDefault();
      var entry = capture();
      send(entry).then(function (response) {
        if (response.ok) {
          sessionStorage.setItem(UPLOADED, '1');
          window.location.reload();
        } else if (response.status === 400) {
          problems(response, findingStatus, findingForm.dataset.failed);
        } else {
          findingForm.submit();
        }
      }, function () {
        enqueue(entry).then(function () {
          findingForm.reset();
          findingForm.querySelector('input[name="idempotencyKey"]').value = newKey();
          findingStatus.textContent = findingForm.dataset.saved;
          return showOutbox();
        });
      });
    });
    findingForm.querySelector('input[name="idempotencyKey"]').value = newKey();
  }

  // what is still waiting on the phone is shown as the person left it, over what the server has
  function restore(entries) {
    entries.forEach(function (e) {
      var id = e.slot.slice(e.slot.lastIndexOf(' ') + 1);
      if (e.kind === 'presence') {
        var box = document.getElementById('p-' + id);
        if (box) {
          box.checked = e.body.present;
        }
      } else if (e.kind === 'check') {
        var radio = document.querySelector('#checks-form input[name="item.' + CSS.escape(id) + '"][value="'
          + (e.body.status || '') + '"]');
        if (radio) {
          radio.checked = true;
        }
      } else if (e.kind === 'topic' && topic) {
        topic.value = e.body.studyTopic;
      }
    });
  }

  if (sessionStorage.getItem(UPLOADED)) {
    sessionStorage.removeItem(UPLOADED);
    findingStatus.textContent = findingForm.dataset.uploaded;
  }
  pending().then(restore).then(showOutbox).then(flush);
  window.addEventListener('online', flush);
}());
