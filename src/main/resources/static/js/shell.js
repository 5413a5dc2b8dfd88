// The page shell's small helpers. Every page works without them; they make it kinder to keyboards, screen readers
// and people whose sign-in expired while they were typing.
(function () {
  'use strict';

  var DRAFT = 'gz-draft';
  var RESTORE = 'gz-draft-restore';
  var HOUR = 60 * 60 * 1000;
  var script = document.currentScript;

  // 更多 closes on Escape (focus goes back to it) and on a tap anywhere else
  function menu() {
    var more = document.querySelector('.nav-more');
    if (!more) {
      return;
    }
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && more.open) {
        more.open = false;
        more.querySelector('summary').focus();
      }
    });
    document.addEventListener('click', function (e) {
      if (more.open && !more.contains(e.target)) {
        more.open = false;
      }
    });
  }

  // the field a problem names, in its own form when it has one: the same name may be used by several forms
  function control(root, name) {
    return root.querySelector('#' + CSS.escape('f-' + name)) || root.querySelector('[name="' + CSS.escape(name) + '"]');
  }

  // a refused form: each field with a problem is marked invalid and described by its message, the summary's
  // links lead to the fields, and focus goes to the summary so that it is read out first
  function problems() {
    document.querySelectorAll('.field-error[id^="e-"]').forEach(function (error) {
      var field = control(error.closest('form') || document, error.dataset.field || error.id.slice(2));
      if (!field) {
        return;
      }
      var described = (field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      if (described.indexOf(error.id) < 0) {
        described.push(error.id);
      }
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', described.join(' '));
    });
    document.querySelectorAll('#problems a[data-field]').forEach(function (link) {
      var field = control(document, link.dataset.field);
      if (field && field.id) {
        link.hash = field.id;
      }
    });
    var summary = document.getElementById('problems') || document.getElementById('refusal');
    if (summary) {
      summary.setAttribute('tabindex', '-1');
      summary.focus();
    }
  }

  // never kept: passwords, files, hidden tokens and the personal numbers a form marks autocomplete="off"
  function kept(field) {
    return field.name && !/^(hidden|password|file|submit|button|reset)$/.test(field.type)
        && field.getAttribute('autocomplete') !== 'off';
  }

  // what a form sends is kept in this tab until the next form, so that a refusal for an expired sign-in loses nothing;
  // the sign-in form (data-no-draft) must not replace the draft it is there to rescue
  function keepDrafts() {
    document.addEventListener('submit', function (e) {
      var form = e.target;
      var fields = [];
      Array.prototype.forEach.call(form.elements, function (f) {
        if (kept(f) && (!/^(checkbox|radio)$/.test(f.type) || f.checked)) {
          fields.push([f.name, f.value]);
        }
      });
      if (form.method !== 'post' || form.hasAttribute('data-no-draft') || fields.length === 0) {
        return;
      }
      try {
        sessionStorage.removeItem(RESTORE);
        sessionStorage.setItem(DRAFT, JSON.stringify({
          page: location.pathname + location.search, action: form.getAttribute('action'), fields: fields
        }));
      } catch (ignored) {
        // private browsing may refuse storage: the form is sent all the same
      }
    });
  }

  // an error page after a form marks its draft for return; back on that form's page, the draft is filled in again
  function restoreDraft() {
    try {
      if (document.querySelector('main[data-keep-draft]')) {
        sessionStorage.setItem(RESTORE, String(Date.now()));
        return;
      }
      var since = Number(sessionStorage.getItem(RESTORE));
      var draft = JSON.parse(sessionStorage.getItem(DRAFT) || 'null');
      if (!since || !draft || draft.page !== location.pathname + location.search) {
        return;
      }
      sessionStorage.removeItem(RESTORE);
      sessionStorage.removeItem(DRAFT);
      var form = Array.prototype.find.call(document.forms, function (f) {
        return f.getAttribute('action') === draft.action;
      });
      if (!form || Date.now() - since > HOUR) {
        return;
      }
      draft.fields.forEach(function (pair) {
        Array.prototype.forEach.call(form.elements, function (f) {
          if (f.name !== pair[0] || !kept(f)) {
            return;
          }
          if (/^(checkbox|radio)$/.test(f.type)) {
            f.checked = f.checked || f.value === pair[1];
          } else {
            f.value = pair[1];
          }
        });
      });
      var notice = document.createElement('div');
      notice.id = 'draft-restored';
      notice.className = 'flash';
      notice.setAttribute('role', 'status');
      notice.textContent = script.dataset.draftRestored;
      document.body.insertBefore(notice, document.getElementById('main'));
    } catch (ignored) {
      // nothing kept, nothing to fill in
    }
  }

  // 返回上一页 goes back in the browser's history, which keeps what the page showed
  function backLinks() {
    document.querySelectorAll('a[data-back]').forEach(function (link) {
      link.addEventListener('click', function (e) {
        if (history.length > 1) {
          e.preventDefault();
          history.back();
        }
      });
    });
  }

  menu();
  problems();
  keepDrafts();
  restoreDraft();
  backLinks();
}());
