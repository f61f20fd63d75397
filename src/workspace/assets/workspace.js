// Staff workspace: small progressive enhancements. Every page works without this file.
(function () {
  'use strict';

  // Progress of a long task: poll the JSON endpoint instead of reloading the whole page.
  function followJob(el) {
    var url = el.getAttribute('data-job-status');
    var bar = el.querySelector('progress');
    var text = el.querySelector('[data-job-text]');
    function tick() {
      fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.json(); })
        .then(function (job) {
          if (bar) bar.value = job.progress;
          if (text) text.textContent = job.label;
          if (job.status === 'done' || job.status === 'failed') {
            window.location.reload();
          } else {
            setTimeout(tick, 1000);
          }
        })
        .catch(function () { setTimeout(tick, 3000); });
    }
    // The page's own <meta refresh> is for browsers without JavaScript only.
    var meta = document.querySelector('meta[http-equiv="refresh"]');
    if (meta) meta.parentNode.removeChild(meta);
    setTimeout(tick, 1000);
  }

  // Autosave of a form (report sections): send the form as JSON-free form data in the
  // background; a 409 from the server means someone else saved first, and nothing typed is lost.
  function autosave(form) {
    var status = form.querySelector('[data-save-status]');
    var timer = null;
    var saving = false;
    var dirty = false;
    function say(message, isError) {
      if (!status) return;
      status.textContent = message;
      status.className = isError ? 'save-status conflict' : 'save-status';
    }
    function save() {
      if (saving) { dirty = true; return; }
      saving = true;
      dirty = false;
      var data = new FormData(form);
      data.set('autosave', '1');
      fetch(form.getAttribute('data-autosave'), {
        method: 'POST',
        body: new URLSearchParams(data),
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
      })
        .then(function (r) { return r.json().then(function (body) { return { status: r.status, body: body }; }); })
        .then(function (res) {
          saving = false;
          if (res.status === 200) {
            var version = form.querySelector('input[name="version"]');
            if (version && res.body.version !== undefined) version.value = String(res.body.version);
            say(form.getAttribute('data-saved-text') || 'Sparat', false);
            if (dirty) schedule();
          } else {
            say((res.body && res.body.error && res.body.error.message) || 'Kunde inte spara', true);
          }
        })
        .catch(function () {
          saving = false;
          say(form.getAttribute('data-offline-text') || 'Kunde inte spara just nu; texten finns kvar här.', true);
        });
    }
    function schedule() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(save, 2000);
    }
    form.addEventListener('input', schedule);
    // A save by the button replaces the pending background save.
    form.addEventListener('submit', function () { if (timer) clearTimeout(timer); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-job-status]'), followJob);
    Array.prototype.forEach.call(document.querySelectorAll('form[data-autosave]'), autosave);
  });
})();
