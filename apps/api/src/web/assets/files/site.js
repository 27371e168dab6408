/* Job Board — progressive enhancement. Every page works without this file; with it:
   - the job search updates its results while you type (the URL stays the search);
   - forms marked data-enhance (save job, pause alert…) post in place and swap in the fragment the server renders;
   - a refused form's error summary takes the focus;
   - admin: the listing form's preview follows the description as you type (the server renders it, with the sanitizer
     of the public page), and rows marked data-poll (a running alert run) ask for themselves again until done. */
(function () {
  'use strict';

  function formQuery(form) {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (typeof value === 'string' && value.trim() !== '') params.append(key, value);
    });
    return params.toString();
  }

  function liveSearch(form) {
    var results = document.getElementById('results');
    if (!results || !window.fetch) return;
    var timer = null;
    var controller = null;
    var last = formQuery(form);

    function run() {
      var query = formQuery(form);
      if (query === last) return;
      last = query;
      var url = form.action + (query ? '?' + query : '');
      if (controller) controller.abort();
      controller = typeof AbortController === 'function' ? new AbortController() : null;
      results.setAttribute('data-loading', '');
      fetch(url, { headers: { 'x-live-search': '1' }, signal: controller ? controller.signal : undefined, credentials: 'same-origin' })
        .then(function (response) {
          return response.text().then(function (html) {
            return { ok: response.ok || response.status === 400, html: html };
          });
        })
        .then(function (answer) {
          if (!answer.ok) return;
          var current = document.getElementById('results');
          var holder = document.createElement('div');
          holder.innerHTML = answer.html;
          var fresh = holder.querySelector('#results');
          if (current && fresh) current.replaceWith(fresh);
          history.replaceState(null, '', url);
        })
        .catch(function () {})
        .then(function () {
          var current = document.getElementById('results');
          if (current) current.removeAttribute('data-loading');
        });
    }

    function schedule() {
      clearTimeout(timer);
      timer = setTimeout(run, 350);
    }

    form.addEventListener('input', schedule);
    form.addEventListener('change', schedule);
  }

  function okText(response) {
    if (!response.ok) throw new Error('status ' + response.status);
    return response.text();
  }

  /** Posts in place (x-enhanced: 1) and answers the fragment the server rendered for it. */
  function postFragment(url, body) {
    return fetch(url, { method: 'POST', body: body, headers: { 'x-enhanced': '1' }, credentials: 'same-origin' }).then(okText);
  }

  function enhance(form) {
    if (!window.fetch) return;
    form.addEventListener('submit', function (event) {
      var target = form.closest('[data-fragment]');
      if (!target) return;
      event.preventDefault();
      var button = form.querySelector('button[type="submit"], button:not([type])');
      if (button) button.disabled = true;
      postFragment(form.action, new URLSearchParams(new FormData(form)))
        .then(function (html) {
          var holder = document.createElement('div');
          holder.innerHTML = html;
          var fresh = holder.firstElementChild;
          if (!fresh) throw new Error('empty');
          target.replaceWith(fresh);
          fresh.querySelectorAll('form[data-enhance]').forEach(enhance);
          var focus = fresh.querySelector('button');
          if (focus) focus.focus();
        })
        .catch(function () {
          form.submit();
        });
    });
  }

  function livePreview(form) {
    var description = form.querySelector('textarea[name="description"]');
    if (!description || !window.fetch) return;
    var timer = null;
    description.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var body = new URLSearchParams();
        body.set('_csrf', form.querySelector('input[name="_csrf"]').value);
        body.set('description', description.value);
        postFragment(form.getAttribute('data-preview-form'), body)
          .then(function (html) {
            var current = document.getElementById('listing-preview');
            var holder = document.createElement('div');
            holder.innerHTML = html;
            var fresh = holder.querySelector('#listing-preview');
            if (current && fresh) current.replaceWith(fresh);
          })
          .catch(function () {});
      }, 400);
    });
  }

  function poll(element) {
    if (!window.fetch) return;
    setTimeout(function () {
      fetch(element.getAttribute('data-poll'), { headers: { 'x-fragment': '1' }, credentials: 'same-origin' })
        .then(okText)
        .then(function (html) {
          var template = document.createElement('template');
          template.innerHTML = html.trim();
          var fresh = template.content.firstElementChild;
          if (!fresh) return;
          element.replaceWith(fresh);
          if (fresh.hasAttribute('data-poll')) poll(fresh);
        })
        .catch(function () {
          setTimeout(function () {
            poll(element);
          }, 5000);
        });
    }, 1000);
  }

  function start() {
    document.querySelectorAll('form[data-preview-form]').forEach(livePreview);
    document.querySelectorAll('[data-poll]').forEach(poll);
    document.querySelectorAll('form[data-live-search]').forEach(liveSearch);
    document.querySelectorAll('form[data-enhance]').forEach(enhance);
    var summary = document.querySelector('[data-error-summary]');
    if (summary) summary.focus();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
