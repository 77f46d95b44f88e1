/*
 * Rathausbot staff workspace: a small static app over /api/admin/**. It signs requests
 * with the session cookie and the CSRF token from the XSRF-TOKEN cookie; every text from
 * the server is inserted as text, never as HTML.
 */
(function () {
  'use strict';

  var main = document.getElementById('main');
  var statusBox = document.getElementById('status');
  var KINDS = {
    services: { title: 'Dienstleistungen', one: 'Dienstleistung', ref: 'service' },
    contacts: { title: 'Kontakte', one: 'Kontakt', ref: 'contact' },
    events: { title: 'Veranstaltungen', one: 'Veranstaltung', ref: 'event' },
    faq: { title: 'Häufige Fragen', one: 'FAQ-Eintrag', ref: 'faq' },
    pages: { title: 'Webseiten', one: 'Webseite', ref: 'page', api: '/api/admin/pages/' }
  };
  /* Where a kind is edited: /api/admin/knowledge/KIND/, pages at /api/admin/pages/. */
  function kindUrl(kind) { return KINDS[kind].api || '/api/admin/knowledge/' + kind + '/'; }
  /* Fields a new knowledge item starts with (more can be added as JSON). */
  var NEW_FIELDS = {
    services: { name: '', summary: '', synonyms: [], documents: [], url: '' },
    contacts: { name: '', phone: '', email: '', synonyms: [] },
    events: { name: '', start: '', location: '', summary: '' },
    faq: { question: '', phrasings: [], answer: '', url: '' },
    pages: { title: '', url: '', text: '' }
  };
  var FIELD_NAMES = {
    id: 'Kennung', title: 'Titel', examples: 'Beispielfragen', answer: 'Antwort',
    quickReplies: 'Schnellantworten', knowledge: 'Verknüpftes Wissen', question: 'Frage',
    expect: 'Erwartete Antwort', text: 'Frage', username: 'Benutzername', password: 'Passwort', roles: 'Rolle',
    currentPassword: 'Bisheriges Passwort', newPassword: 'Neues Passwort', repeat: 'Wiederholung'
  };
  var OUTCOMES = { ANSWERED: 'beantwortet', CLARIFIED: 'Rückfrage', FALLBACK: 'keine passende Antwort' };

  function csrfToken() {
    var cookie = document.cookie.split('; ').filter(function (c) { return c.indexOf('XSRF-TOKEN=') === 0; })[0];
    return cookie ? decodeURIComponent(cookie.substring(11)) : '';
  }

  /* A request to the admin API; resolves to {status, data}. A lost session goes to the sign-in. */
  function api(method, url, body) {
    var headers = { 'Accept': 'application/json' };
    if (method !== 'GET') {
      headers['X-XSRF-TOKEN'] = csrfToken();
    }
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    return fetch(url, {
      method: method, headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (response.status === 401) {
        window.location.href = '/admin/login';
        return new Promise(function () {});
      }
      return response.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (e) { data = { error: text }; }
        if (response.status === 403 && data && data.passwordChangeRequired && window.location.hash !== '#konto') {
          window.location.hash = '#konto';
        }
        return { status: response.status, data: data };
      });
    });
  }

  /* el('p', {class: 'x'}, 'text', child): builds DOM; strings become text nodes. */
  function el(tag, attributes) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) {
      var value = attributes[key];
      if (value === null || value === undefined || value === false) { return; }
      if (key.indexOf('on') === 0) { node.addEventListener(key.substring(2), value); }
      else if (key === 'value') { node.value = value; }
      else { node.setAttribute(key, value === true ? '' : value); }
    });
    for (var i = 2; i < arguments.length; i++) {
      append(node, arguments[i]);
    }
    return node;
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) { return; }
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }

  function show(title) {
    main.textContent = '';
    for (var i = 1; i < arguments.length; i++) { append(main, arguments[i]); }
    document.title = title + ' – Rathausbot';
  }

  function say(message) {
    statusBox.textContent = message;
    clearTimeout(say.timer);
    say.timer = setTimeout(function () { statusBox.textContent = ''; }, 8000);
  }

  function when(iso) {
    var date = new Date(iso);
    return isNaN(date) ? iso : date.toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'short' });
  }

  function lines(text) {
    return text.split('\n').map(function (l) { return l.trim(); }).filter(function (l) { return l; });
  }

  /* The answer's **bold** parts as <strong>, everything else as text. */
  function emphasized(text) {
    return text.split('**').map(function (part, i) { return i % 2 === 1 ? el('strong', {}, part) : part; });
  }

  function percent(x) {
    return Math.round(x * 100) + ' %';
  }

  /* A labelled input or textarea with its hint and error slot, wired with aria-describedby. */
  function field(name, label, control, hint) {
    control.id = 'f-' + name;
    control.name = name;
    var described = [];
    var hintNode = null;
    if (hint) {
      hintNode = el('p', { class: 'field-hint', id: 'f-' + name + '-hint' }, hint);
      described.push(hintNode.id);
    }
    var error = el('p', { class: 'error', id: 'f-' + name + '-error', hidden: true });
    described.push(error.id);
    control.setAttribute('aria-describedby', described.join(' '));
    return el('div', { class: 'field' }, el('label', { for: control.id }, label), control, hintNode, error);
  }

  function clearErrors(form) {
    form.querySelectorAll('[aria-invalid]').forEach(function (c) { c.removeAttribute('aria-invalid'); });
    form.querySelectorAll('.error').forEach(function (e) { e.hidden = true; e.textContent = ''; });
    form.querySelectorAll('.notice').forEach(function (n) { n.remove(); });
  }

  /* A 400 answer: its message at the field it names (focused), or above the buttons. */
  function showProblem(form, data) {
    var name = data && data.field;
    var control = name ? form.querySelector('#f-' + name) : null;
    var message = (data && data.error) || 'Unbekannter Fehler';
    if (control) {
      var error = form.querySelector('#f-' + name + '-error');
      error.textContent = 'Bitte prüfen (' + (FIELD_NAMES[name] || name) + '): ' + message;
      error.hidden = false;
      control.setAttribute('aria-invalid', 'true');
      control.focus();
    } else {
      var notice = el('div', { class: 'notice problem', role: 'alert' }, 'Nicht gespeichert: ' + message);
      form.querySelector('.actions').before(notice);
    }
    say('Nicht gespeichert – bitte die markierte Angabe prüfen.');
  }

  /* A 409 answer: the test questions the change would break, and a way to save anyway. */
  function showRegressions(form, data, saveAnyway) {
    var list = el('ul', {}, data.regressions.map(function (r) {
      return el('li', {}, '„' + r.question + '“ – erwartet: ' + r.expect + ', mit der Änderung: ' + describeGot(r.got));
    }));
    var notice = el('div', { class: 'notice problem', role: 'alert', tabindex: '-1' },
      el('p', {}, el('strong', {}, 'Nicht gespeichert: '),
        'Die Änderung würde ' + data.regressions.length + ' Testfrage(n) verschlechtern, die der Bot heute richtig beantwortet:'),
      list,
      el('div', { class: 'actions' },
        el('button', { type: 'button', class: 'danger', onclick: function () { notice.remove(); saveAnyway(); } },
          'Trotzdem speichern'),
        el('button', { type: 'button', class: 'secondary', onclick: function () { notice.remove(); } }, 'Weiter bearbeiten')));
    form.querySelector('.actions').before(notice);
    notice.focus();
    say('Nicht gespeichert – die Änderung verschlechtert Testfragen.');
  }

  function describeGot(got) {
    if (got === 'out-of-scope') { return 'keine Antwort (Rückfall)'; }
    if (got.indexOf('clarify: ') === 0) { return 'Rückfrage zwischen ' + got.substring(9); }
    return got;
  }

  function saved(data, what) {
    var tests = data && data.testQuestions;
    say(what + ' gespeichert (Version ' + data.version + '). Der Bot antwortet ab sofort damit'
      + (data.publishedInMs !== undefined ? ' (nach ' + data.publishedInMs + ' ms)' : '') + '.'
      + (tests ? ' Testfragen: ' + tests.passed + ' von ' + tests.total + ' richtig.' : ''));
  }

  /* Versions with their diffs; every one but the newest can be restored. */
  function versionsSection(url, onRestored) {
    var section = el('section', { 'aria-labelledby': 'versions-title' }, el('h2', { id: 'versions-title' }, 'Versionen'));
    var list = el('ol', { class: 'versions', reversed: true });
    section.appendChild(list);
    api('GET', url).then(function (r) {
      if (r.status !== 200) { list.appendChild(el('li', {}, 'Noch keine Versionen.')); return; }
      var versions = r.data.slice().reverse();
      versions.forEach(function (v, index) {
        var diff = el('div', { class: 'diff' }, v.diff.map(function (line) {
          var kind = line.charAt(0) === '+' ? 'add' : line.charAt(0) === '-' ? 'del' : '';
          return el('span', { class: kind || null }, line + '\n');
        }));
        var restore = null;
        if (index > 0 && !v.deleted) {
          restore = el('button', { type: 'button', class: 'secondary', onclick: function () {
            restoreVersion(url + '/' + v.version + '/restore', false, onRestored, restore);
          } }, 'Version ' + v.version + ' wiederherstellen');
        }
        list.appendChild(el('li', {},
          el('strong', {}, 'Version ' + v.version), ' · ' + when(v.at) + ' · ' + v.author + ' · '
            + (v.deleted ? 'gelöscht' : v.summary),
          el('details', {}, el('summary', {}, 'Änderungen anzeigen'), diff), restore));
      });
    });
    return section;
  }

  function restoreVersion(url, force, onRestored, button) {
    api('POST', url + (force ? '?force=true' : '')).then(function (r) {
      if (r.status === 200) {
        saved(r.data, 'Wiederhergestellt und');
        onRestored();
      } else if (r.status === 409) {
        var form = button.closest('section');
        if (!form.querySelector('.actions')) { form.appendChild(el('div', { class: 'actions' })); }
        showRegressions(form, r.data, function () { restoreVersion(url, true, onRestored, button); });
      } else {
        say('Nicht wiederhergestellt: ' + (r.data && r.data.error));
      }
    });
  }

  /* ---- Intents ---- */

  function intentList(query) {
    var search = el('input', { id: 'intent-search', type: 'search', value: query || '' });
    var results = el('div', { 'aria-live': 'polite' });
    var form = el('form', { role: 'search', onsubmit: function (e) {
      e.preventDefault();
      load(search.value);
    } }, el('label', { for: 'intent-search' }, 'Intents durchsuchen (Titel, Beispiele, Antwort)'), search,
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Suchen'),
        el('a', { href: '#intents/neu' }, 'Neues Intent anlegen')));
    show('Intents', el('h2', {}, 'Intents'), form, results);

    function load(q) {
      api('GET', '/api/admin/intents' + (q ? '?q=' + encodeURIComponent(q) : '')).then(function (r) {
        results.textContent = '';
        var rows = r.data.map(function (i) {
          return el('tr', {}, el('td', {}, el('a', { href: '#intents/' + encodeURIComponent(i.id) }, i.title)),
            el('td', {}, i.id), el('td', {}, String(i.examples)), el('td', {}, when(i.updatedAt) + ' · ' + i.updatedBy));
        });
        results.appendChild(el('p', {}, r.data.length + ' Intents'));
        results.appendChild(el('table', {}, el('caption', { class: 'hint' }, 'Intents mit Anzahl der Beispielfragen'),
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Titel'), el('th', { scope: 'col' }, 'Kennung'),
            el('th', { scope: 'col' }, 'Beispiele'), el('th', { scope: 'col' }, 'Zuletzt geändert'))),
          el('tbody', {}, rows)));
      });
    }
    load(query);
  }

  function intentEditor(id) {
    var isNew = !id;
    var inbox = isNew ? fromInbox : null;
    fromInbox = null;
    var load = isNew ? Promise.resolve({ status: 200, data: { examples: inbox ? [inbox.question] : [], quickReplies: [] } })
      : api('GET', '/api/admin/intents/' + encodeURIComponent(id));
    Promise.all([load, knowledgeRefs()]).then(function (both) {
      var r = both[0];
      if (r.status !== 200) { show('Intent', el('p', {}, 'Dieses Intent gibt es nicht (mehr).'), versionsOnly()); return; }
      var intent = r.data;
      var refs = el('datalist', { id: 'knowledge-refs' }, both[1].map(function (ref) { return el('option', { value: ref }); }));
      var form = el('form', { novalidate: true, onsubmit: function (e) { e.preventDefault(); save(false); } },
        isNew ? field('id', 'Kennung', el('input', { required: true }),
          'Kleinbuchstaben, Ziffern und Bindestriche, z. B. hundesteuer') : null,
        field('title', 'Titel', el('input', { value: intent.title || '', required: true })),
        field('examples', 'Beispielfragen', el('textarea', { rows: 8, value: (intent.examples || []).join('\n') }),
          'Eine Frage pro Zeile, so wie Bürgerinnen und Bürger sie stellen.'),
        field('answer', 'Antwort', el('textarea', { rows: 5, value: intent.answer || '' }),
          'Leer lassen, wenn die Antwort aus dem verknüpften Wissen kommt.'),
        field('knowledge', 'Verknüpftes Wissen', el('input', { list: 'knowledge-refs', value: intent.knowledge || '' }),
          'z. B. service:reisepass – optional'),
        refs,
        field('quickReplies', 'Schnellantworten', el('textarea', { rows: 3, value: (intent.quickReplies || []).join('\n') }),
          'Eine pro Zeile; erscheinen als Knöpfe unter der Antwort.'),
        el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Speichern'),
          isNew ? null : el('button', { type: 'button', class: 'danger', onclick: function () { remove(false); } }, 'Löschen'),
          el('a', { href: '#intents' }, 'Zurück zur Liste')));
      var heading = el('h2', {}, isNew ? 'Neues Intent' : 'Intent bearbeiten: ' + intent.title);
      if (inbox) {
        heading = [heading, el('p', { class: 'notice' }, 'Aus dem Posteingang: „' + inbox.question
          + '“ ist schon als erste Beispielfrage eingetragen. Ergänzen Sie weitere Formulierungen und die Antwort.')];
      }
      show(isNew ? 'Neues Intent' : intent.title, heading,
        isNew ? null : el('p', { class: 'hint' }, 'Kennung ' + id + ' · Version ' + intent.version + ' · zuletzt '
          + when(intent.updatedAt) + ' von ' + intent.updatedBy),
        form, isNew ? null : versionsSection('/api/admin/intents/' + encodeURIComponent(id) + '/versions', reload));

      function value(name) { return form.querySelector('#f-' + name).value; }

      function save(force) {
        clearErrors(form);
        var target = isNew ? value('id').trim() : id;
        if (isNew && !target) {
          showProblem(form, { field: 'id', error: 'eine Kennung ist nötig' });
          return;
        }
        var body = { title: value('title'), examples: lines(value('examples')), answer: value('answer'),
          knowledge: value('knowledge').trim() || null, quickReplies: lines(value('quickReplies')) };
        var request = inbox
          ? api('POST', '/api/admin/inbox/' + inbox.topic + '/intent' + (force ? '?force=true' : ''),
            Object.assign({ id: target }, body))
          : api('PUT', '/api/admin/intents/' + encodeURIComponent(target) + (force ? '?force=true' : ''), body);
        request.then(function (res) {
          if (res.status === 200 || res.status === 201) {
            saved(res.data, 'Intent');
            if (isNew) { window.location.hash = '#intents/' + encodeURIComponent(target); } else { reload(); }
          } else if (res.status === 409) {
            showRegressions(form, res.data, function () { save(true); });
          } else {
            showProblem(form, res.data);
          }
        });
      }

      function remove(force) {
        if (!force && !window.confirm('Intent „' + intent.title + '“ löschen? Es lässt sich über die Versionen wiederherstellen.')) { return; }
        clearErrors(form);
        api('DELETE', '/api/admin/intents/' + encodeURIComponent(id) + (force ? '?force=true' : '')).then(function (res) {
          if (res.status === 204) {
            say('Intent gelöscht. Über „Versionen“ lässt es sich wiederherstellen.');
            intentEditor(id);
          } else if (res.status === 409) {
            showRegressions(form, res.data, function () { remove(true); });
          } else {
            showProblem(form, res.data);
          }
        });
      }

      function reload() { intentEditor(id); }

      function versionsOnly() {
        return id ? versionsSection('/api/admin/intents/' + encodeURIComponent(id) + '/versions', reload) : null;
      }
    });
  }

  function knowledgeRefs() {
    return Promise.all(Object.keys(KINDS).map(function (kind) {
      return api('GET', kindUrl(kind).replace(/\/$/, '')).then(function (r) {
        return (r.data || []).map(function (item) { return KINDS[kind].ref + ':' + item.id; });
      });
    })).then(function (all) { return all.reduce(function (a, b) { return a.concat(b); }, ['events']); });
  }

  /* ---- Knowledge ---- */

  function knowledgeList(kind) {
    var meta = KINDS[kind];
    api('GET', kindUrl(kind).replace(/\/$/, '')).then(function (r) {
      var rows = (r.data || []).map(function (item) {
        return el('tr', {}, el('td', {}, el('a', { href: '#knowledge/' + kind + '/' + encodeURIComponent(item.id) }, item.name || item.title || item.question || item.id)),
          el('td', {}, item.id), el('td', {}, when(item.updatedAt) + ' · ' + item.updatedBy));
      });
      show(meta.title, el('h2', {}, meta.title),
        el('p', {}, el('a', { href: '#knowledge/' + kind + '/neu' }, meta.one + ' anlegen')),
        kind === 'events' ? el('p', { class: 'hint' }, 'Termine aus iCalendar-Dateien werden über Export und Import gepflegt.') : null,
        el('table', {}, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Name'), el('th', { scope: 'col' }, 'Kennung'),
          el('th', { scope: 'col' }, 'Zuletzt geändert'))), el('tbody', {}, rows)));
    });
  }

  /*
   * A knowledge item's fields: texts as inputs, lists of texts one per line, anything
   * nested (fees, opening hours, addresses) as JSON.
   */
  function knowledgeEditor(kind, id) {
    var meta = KINDS[kind];
    var isNew = !id;
    var load = isNew ? Promise.resolve({ status: 200, data: NEW_FIELDS[kind] })
      : api('GET', kindUrl(kind) + encodeURIComponent(id));
    load.then(function (r) {
      if (r.status !== 200) { show(meta.one, el('p', {}, 'Diesen Eintrag gibt es nicht (mehr).')); return; }
      var item = r.data;
      var names = Object.keys(item).filter(function (k) { return ['id', 'version', 'updatedBy', 'updatedAt'].indexOf(k) < 0; });
      var types = {};
      var fields = names.map(function (name) {
        var value = item[name];
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
          types[name] = 'text';
          var long = String(value).length > 80 || ['summary', 'details', 'answer', 'text'].indexOf(name) >= 0;
          return field(name, name, long ? el('textarea', { rows: name === 'text' ? 16 : 4, value: String(value) }) : el('input', { value: String(value) }),
            name === 'text' ? 'Markdown: # Überschrift, Absätze durch Leerzeilen, - Aufzählung. Die Überschriften teilen die Seite in Abschnitte.' : null);
        }
        if (Array.isArray(value) && value.every(function (v) { return typeof v === 'string'; })) {
          types[name] = 'lines';
          return field(name, name, el('textarea', { rows: 4, value: value.join('\n') }), 'Ein Eintrag pro Zeile.');
        }
        types[name] = 'json';
        return field(name, name + ' (JSON)', el('textarea', { rows: 6, value: JSON.stringify(value, null, 2) }),
          'Strukturierte Angabe im JSON-Format.');
      });
      var form = el('form', { novalidate: true, onsubmit: function (e) { e.preventDefault(); save(false); } },
        isNew ? field('id', 'Kennung', el('input', {}), 'Kleinbuchstaben, Ziffern und Bindestriche') : null,
        fields,
        kind === 'pages' || kind === 'faq' ? el('input', { type: 'hidden', id: 'f-more', value: '' })
          : field('more', 'Weitere Felder (JSON, optional)', el('textarea', { rows: 3, value: '' }),
            'z. B. {"fees": [{"amount": "37,00 €", "label": "Gebühr"}]}'),
        el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Speichern'),
          isNew ? null : el('button', { type: 'button', class: 'danger', onclick: function () { remove(false); } }, 'Löschen'),
          el('a', { href: '#knowledge/' + kind }, 'Zurück zur Liste')));
      var url = kindUrl(kind);
      show(meta.one, el('h2', {}, isNew ? meta.one + ' anlegen' : meta.one + ': ' + (item.name || item.title || item.question || id)), form,
        isNew ? null : versionsSection(url + encodeURIComponent(id) + '/versions', function () { knowledgeEditor(kind, id); }));

      function save(force) {
        clearErrors(form);
        var target = isNew ? form.querySelector('#f-id').value.trim() : id;
        var body = {};
        for (var i = 0; i < names.length; i++) {
          var name = names[i];
          var raw = form.querySelector('#f-' + name).value;
          if (types[name] === 'text') { if (raw.trim()) { body[name] = raw.trim(); } }
          else if (types[name] === 'lines') { body[name] = lines(raw); }
          else {
            try { body[name] = JSON.parse(raw); } catch (e) {
              showProblem(form, { field: name, error: 'kein gültiges JSON (' + e.message + ')' });
              return;
            }
          }
        }
        var more = form.querySelector('#f-more').value.trim();
        if (more) {
          try { Object.assign(body, JSON.parse(more)); } catch (e) {
            showProblem(form, { field: 'more', error: 'kein gültiges JSON (' + e.message + ')' });
            return;
          }
        }
        api('PUT', url + encodeURIComponent(target) + (force ? '?force=true' : ''), body).then(function (res) {
          if (res.status === 200 || res.status === 201) {
            saved(res.data, meta.one);
            window.location.hash = '#knowledge/' + kind + '/' + encodeURIComponent(target);
            if (!isNew) { knowledgeEditor(kind, id); }
          } else if (res.status === 409) {
            showRegressions(form, res.data, function () { save(true); });
          } else {
            showProblem(form, res.data);
          }
        });
      }

      function remove(force) {
        if (!force && !window.confirm(meta.one + ' „' + (item.name || id) + '“ löschen? Sie lässt sich über die Versionen wiederherstellen.')) { return; }
        clearErrors(form);
        api('DELETE', url + encodeURIComponent(id) + (force ? '?force=true' : '')).then(function (res) {
          if (res.status === 204) { say('Gelöscht.'); window.location.hash = '#knowledge/' + kind; }
          else if (res.status === 409) { showRegressions(form, res.data, function () { remove(true); }); }
          else { showProblem(form, res.data); }
        });
      }
    });
  }

  /* ---- Inbox ---- */

  /* A topic taken from the inbox into the new-intent editor: {topic, question}. */
  var fromInbox = null;

  function reasonsText(r) {
    var parts = [];
    if (r.fallback) { parts.push(r.fallback + '× keine Antwort'); }
    if (r.clarified) { parts.push(r.clarified + '× Rückfrage'); }
    if (r.lowConfidence) { parts.push(r.lowConfidence + '× unsicher beantwortet'); }
    if (r.unhelpful) { parts.push(r.unhelpful + '× „nicht hilfreich“'); }
    return parts.join(', ');
  }

  function inboxPage(sort) {
    sort = sort || 'frequent';
    Promise.all([api('GET', '/api/admin/inbox?sort=' + sort), api('GET', '/api/admin/intents')]).then(function (both) {
      var groups = both[0].data;
      var all = both[1].data;
      var order = el('select', { id: 'inbox-sort', onchange: function () { inboxPage(order.value); } },
        el('option', { value: 'frequent', selected: sort === 'frequent' }, 'Häufigste zuerst'),
        el('option', { value: 'latest', selected: sort === 'latest' }, 'Neueste zuerst'));
      var items = groups.map(function (g, index) { return inboxItem(g, index, all, sort); });
      show('Posteingang', el('h2', {}, 'Posteingang'),
        el('p', {}, 'Fragen, die der Bot nicht oder unsicher beantwortet hat oder die Bürgerinnen und Bürger als nicht hilfreich bewertet haben – nach ähnlichem Wortlaut gruppiert. Jede Aktion wirkt sofort auf die nächsten Antworten.'),
        el('label', { for: 'inbox-sort' }, 'Reihenfolge'), order,
        groups.length ? el('p', {}, groups.length + ' offene Themen') : el('p', {}, 'Der Posteingang ist leer.'),
        items);
    });
  }

  function inboxItem(g, index, allIntents, sort) {
    var id = 'inbox-' + index;
    var suggested = g.suggestions.map(function (s) { return s.intent; });
    var select = el('select', { id: id + '-intent' },
      g.suggestions.map(function (s) {
        return el('option', { value: s.intent }, s.title + ' (vorgeschlagen, ' + percent(s.confidence) + ')');
      }),
      allIntents.filter(function (i) { return suggested.indexOf(i.id) < 0; }).map(function (i) {
        return el('option', { value: i.id }, i.title);
      }));
    var article = el('article', { class: 'inbox-item', 'aria-labelledby': id + '-q' },
      el('h3', { id: id + '-q' }, '„' + g.question + '“'),
      el('p', {}, g.count + '× gefragt, zuletzt ' + when(g.lastSeen) + ' – ' + reasonsText(g.reasons)
        + (g.answeredWith.length ? '. Beantwortet mit: ' + g.answeredWith.join(', ') : '')),
      g.comments.length ? el('ul', { class: 'comments', 'aria-label': 'Kommentare' },
        g.comments.map(function (c) { return el('li', {}, el('q', {}, c)); })) : null,
      el('form', { class: 'inline', onsubmit: function (e) { e.preventDefault(); act('example', { intent: select.value }, false); } },
        el('label', { for: select.id }, 'Als Beispielfrage hinzufügen zu'), select,
        el('button', { type: 'submit' }, 'Hinzufügen')),
      el('div', { class: 'actions' },
        el('button', { type: 'button', class: 'secondary', onclick: function () {
          fromInbox = { topic: g.topic, question: g.question };
          window.location.hash = '#intents/neu';
        } }, 'Neues Intent daraus'),
        el('button', { type: 'button', class: 'secondary', onclick: function () { act('out-of-scope', undefined, false); } },
          'Kein Thema für den Bot'),
        el('button', { type: 'button', class: 'secondary', onclick: function () { act('dismiss', undefined, false); } },
          'Verwerfen')));

    function act(action, body, force) {
      clearErrors(article);
      api('POST', '/api/admin/inbox/' + g.topic + '/' + action + (force ? '?force=true' : ''), body).then(function (r) {
        if (r.status >= 200 && r.status < 300) {
          say({ example: 'Als Beispielfrage hinzugefügt – der Bot antwortet ab sofort damit.',
            'out-of-scope': 'Als „kein Thema“ gespeichert – ähnliche Fragen beantwortet der Bot nicht mehr.',
            dismiss: 'Verworfen.' }[action]);
          inboxPage(sort);
        } else if (r.status === 409) {
          showRegressions(article, r.data, function () { act(action, body, true); });
        } else {
          showProblem(article, r.data);
        }
      });
    }
    return article;
  }

  /* ---- Analytics ---- */

  var chart = null;

  function analyticsPage(from, to) {
    var query = (from ? 'from=' + from : '') + (to ? (from ? '&' : '') + 'to=' + to : '');
    api('GET', '/api/admin/analytics' + (query ? '?' + query : '')).then(function (r) {
      if (r.status !== 200) { say('Auswertung nicht möglich: ' + (r.data && r.data.error)); return; }
      var a = r.data;
      var fromInput = el('input', { id: 'an-from', type: 'date', value: a.from });
      var toInput = el('input', { id: 'an-to', type: 'date', value: a.to });
      var form = el('form', { class: 'period', onsubmit: function (e) {
        e.preventDefault();
        analyticsPage(fromInput.value, toInput.value);
      } }, el('div', {}, el('label', { for: 'an-from' }, 'Von'), fromInput),
        el('div', {}, el('label', { for: 'an-to' }, 'Bis'), toInput),
        el('button', { type: 'submit' }, 'Anzeigen'),
        el('a', { href: '/api/admin/analytics.csv?from=' + a.from + '&to=' + a.to }, 'Als CSV herunterladen'));
      var share = function (x) { return percent(x); };
      var canvas = el('canvas', { id: 'an-chart', role: 'img', height: '110',
        'aria-label': 'Nachrichten pro Tag vom ' + a.from + ' bis ' + a.to + ', aufgeteilt in beantwortet, Rückfrage und keine Antwort; die Zahlen stehen auch in der Tabelle darunter.' });
      var days = el('table', {}, el('caption', {}, 'Nachrichten pro Tag'),
        el('thead', {}, el('tr', {}, ['Tag', 'Nachrichten', 'beantwortet', 'Rückfrage', 'keine Antwort'].map(function (h) {
          return el('th', { scope: 'col' }, h);
        }))),
        el('tbody', {}, a.days.map(function (d) {
          return el('tr', {}, el('td', {}, d.day), el('td', {}, String(d.messages)), el('td', {}, String(d.answered)),
            el('td', {}, String(d.clarified)), el('td', {}, String(d.fallback)));
        })));
      var rated = a.feedback.helpful + a.feedback.unhelpful;
      show('Auswertung', el('h2', {}, 'Auswertung'), form,
        el('dl', { class: 'figures' },
          el('dt', {}, 'Nachrichten'), el('dd', {}, String(a.messages)),
          el('dt', {}, 'beantwortet'), el('dd', {}, a.answered + ' (' + share(a.shares.answered) + ')'),
          el('dt', {}, 'Rückfragen'), el('dd', {}, a.clarified + ' (' + share(a.shares.clarified) + ')'),
          el('dt', {}, 'keine Antwort'), el('dd', {}, a.fallback + ' (' + share(a.shares.fallback) + ')'),
          el('dt', {}, 'Bewertungen'), el('dd', {}, rated ? a.feedback.helpful + ' hilfreich, ' + a.feedback.unhelpful
            + ' nicht hilfreich (' + share(a.feedback.helpfulShare) + ' hilfreich)' : 'keine'),
          el('dt', {}, 'Kanäle'), el('dd', {}, Object.keys(a.channels).map(function (c) {
            return (c === 'web' ? 'Website' : c === 'telegram' ? 'Telegram' : c) + ' ' + a.channels[c];
          }).join(', ') || '–')),
        el('figure', {}, canvas),
        el('details', {}, el('summary', {}, 'Zahlen pro Tag als Tabelle'), days),
        el('h3', {}, 'Häufigste Themen'),
        el('ol', {}, Object.keys(a.topIntents).map(function (i) { return el('li', {}, i + ': ' + a.topIntents[i]); })),
        el('h3', {}, 'Häufigste unbeantwortete Fragen'),
        a.topUnanswered.length ? el('ol', {}, a.topUnanswered.map(function (u) {
          return el('li', {}, '„' + u.question + '“: ' + u.count + '×');
        })) : el('p', {}, 'Keine.'),
        el('p', {}, el('a', { href: '#inbox' }, 'Zum Posteingang')));
      drawChart(canvas, a.days);
    });
  }

  function drawChart(canvas, days) {
    if (!window.Chart) { return; }
    if (chart) { chart.destroy(); }
    chart = new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: days.map(function (d) { return d.day.substring(8) + '.' + d.day.substring(5, 7) + '.'; }),
        datasets: [
          { label: 'beantwortet', data: days.map(function (d) { return d.answered; }), backgroundColor: '#00457e' },
          { label: 'Rückfrage', data: days.map(function (d) { return d.clarified; }), backgroundColor: '#c77800' },
          { label: 'keine Antwort', data: days.map(function (d) { return d.fallback; }), backgroundColor: '#a00000' }
        ]
      },
      options: { animation: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }

  /* ---- Test questions ---- */

  function testsPage() {
    api('GET', '/api/admin/tests').then(function (r) {
      var rows = r.data.results.map(function (t) {
        var removable = t.source.indexOf('tests.yml') >= 0;
        return el('tr', {}, el('td', {}, t.question), el('td', {}, t.expect), el('td', {}, describeGot(t.got)),
          el('td', {}, el('span', { class: t.passed ? 'pass' : 'fail' }, t.passed ? 'richtig' : 'falsch')),
          el('td', {}, removable ? el('button', { type: 'button', class: 'secondary', 'aria-label': 'Testfrage „' + t.question + '“ entfernen',
            onclick: function () {
              api('DELETE', '/api/admin/tests?question=' + encodeURIComponent(t.question)).then(function () {
                say('Testfrage entfernt.');
                testsPage();
              });
            } }, 'Entfernen') : el('span', { class: 'hint' }, t.source)));
      });
      show('Testfragen', el('h2', {}, 'Testfragen'),
        el('p', {}, 'Vor jeder Änderung beantwortet der Bot diese Fragen mit der Änderung. Würde eine Frage, die heute richtig beantwortet wird, danach falsch beantwortet, wird die Änderung nicht gespeichert, sondern gemeldet. Neue Testfragen legen Sie im Bereich „Ausprobieren“ an.'),
        el('p', {}, r.data.passed + ' von ' + r.data.total + ' Testfragen werden richtig beantwortet.'),
        el('table', {}, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Frage'), el('th', { scope: 'col' }, 'Erwartet'),
          el('th', { scope: 'col' }, 'Antwort heute'), el('th', { scope: 'col' }, 'Ergebnis'), el('th', { scope: 'col' }, 'Aktion'))),
          el('tbody', {}, rows)));
    });
  }

  /* ---- Users (administrators) ---- */

  function usersPage() {
    api('GET', '/api/admin/users').then(function (r) {
      if (r.status === 403) { show('Benutzer', el('p', {}, 'Nur Administratoren verwalten Benutzer.')); return; }
      var rows = r.data.map(function (u) {
        return el('tr', {}, el('td', {}, u.username), el('td', {}, u.roles.join(', ')),
          el('td', {}, u.sso.length ? 'verknüpft' : '–'),
          el('td', {}, el('button', { type: 'button', class: 'secondary', 'aria-label': 'Benutzer ' + u.username + ' löschen',
            onclick: function () {
              if (!window.confirm('Benutzer ' + u.username + ' löschen?')) { return; }
              api('DELETE', '/api/admin/users/' + encodeURIComponent(u.username)).then(function (res) {
                say(res.status === 204 ? 'Benutzer gelöscht.' : 'Nicht gelöscht: ' + (res.data && res.data.error));
                usersPage();
              });
            } }, 'Löschen')));
      });
      var role = el('select', {}, el('option', { value: 'EDITOR' }, 'Redaktion (EDITOR)'), el('option', { value: 'ADMIN' }, 'Administration (ADMIN)'));
      var form = el('form', { novalidate: true, onsubmit: function (e) {
        e.preventDefault();
        clearErrors(form);
        api('POST', '/api/admin/users', { username: form.querySelector('#f-username').value.trim(),
          password: form.querySelector('#f-password').value, roles: [role.value] }).then(function (res) {
          if (res.status === 201 || res.status === 200) { say('Benutzer angelegt.'); usersPage(); }
          else { showProblem(form, res.data); }
        });
      } }, el('h3', {}, 'Benutzer anlegen'), field('username', 'Benutzername', el('input', { autocomplete: 'off' })),
        field('password', 'Passwort', el('input', { type: 'password', autocomplete: 'new-password' }), 'Mindestens 12 Zeichen.'),
        field('roles', 'Rolle', role), el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Anlegen')));
      show('Benutzer', el('h2', {}, 'Benutzer'), el('table', {}, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Benutzername'),
        el('th', { scope: 'col' }, 'Rollen'), el('th', { scope: 'col' }, 'Anmeldung Stadtverwaltung'),
        el('th', { scope: 'col' }, 'Aktion'))), el('tbody', {}, rows)), form);
    });
  }

  /* ---- Own account: password, linked sign-in at the city's identity provider ---- */

  function accountPage() {
    api('GET', '/api/admin/me').then(function (r) {
      var me = r.data;
      var parts = [el('h2', {}, 'Mein Konto')];
      if (me.passwordChangeRequired) {
        parts.push(el('p', { class: 'notice', role: 'alert' }, 'Ihr Passwort wurde beim ersten Start erzeugt. '
          + 'Bitte legen Sie jetzt ein eigenes fest; vorher ist der Arbeitsbereich gesperrt.'));
      }
      if (me.account !== 'local') {
        parts.push(el('p', {}, 'Sie sind über das Konto der Stadtverwaltung angemeldet. Ihr Passwort ändern Sie dort.'));
        show('Mein Konto', parts);
        return;
      }
      var form = el('form', { novalidate: true, onsubmit: function (e) {
        e.preventDefault();
        clearErrors(form);
        var next = form.querySelector('#f-newPassword').value;
        if (next !== form.querySelector('#f-repeat').value) {
          showProblem(form, { field: 'repeat', error: 'Die beiden neuen Passwörter stimmen nicht überein.' });
          return;
        }
        api('PUT', '/api/admin/me/password', { currentPassword: form.querySelector('#f-currentPassword').value,
          newPassword: next }).then(function (res) {
          if (res.status === 200) {
            say('Passwort geändert.' + (res.data.otherSessionsEnded ? ' Ihre anderen Sitzungen wurden beendet.' : ''));
            form.reset();
            if (me.passwordChangeRequired) { window.location.hash = '#intents'; window.location.reload(); }
          } else { showProblem(form, res.data); }
        });
      } }, el('h3', {}, 'Passwort ändern'),
        field('currentPassword', 'Bisheriges Passwort', el('input', { type: 'password', autocomplete: 'current-password' })),
        field('newPassword', 'Neues Passwort', el('input', { type: 'password', autocomplete: 'new-password' }), 'Mindestens 12 Zeichen.'),
        field('repeat', 'Neues Passwort wiederholen', el('input', { type: 'password', autocomplete: 'new-password' })),
        el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Passwort ändern')));
      parts.push(form);
      if (me.identityProviders.length) {
        parts.push(el('h3', {}, 'Anmeldung mit dem Konto der Stadtverwaltung'),
          el('p', {}, me.sso.length ? 'Ihr Konto ist verknüpft; Sie können sich auch dort anmelden.'
            : 'Noch nicht verknüpft. Nach der Verknüpfung können Sie sich auch mit dem Konto der Stadtverwaltung anmelden.'));
        me.identityProviders.forEach(function (provider) {
          parts.push(el('form', { method: 'post', action: '/admin/sso/link/' + encodeURIComponent(provider.id) },
            el('input', { type: 'hidden', name: '_csrf', value: csrfToken() }),
            el('button', { type: 'submit', class: 'secondary' }, 'Mit ' + provider.name + ' verknüpfen')));
        });
      }
      show('Mein Konto', parts);
    });
  }

  /* ---- Try it ---- */

  document.getElementById('try-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var question = document.getElementById('try-text').value.trim();
    var out = document.getElementById('try-result');
    if (!question) { return; }
    out.textContent = 'Der Bot überlegt …';
    api('POST', '/api/admin/try', { text: question }).then(function (r) {
      out.textContent = '';
      if (r.status !== 200) { out.appendChild(el('p', { class: 'error' }, r.data && r.data.error)); return; }
      var a = r.data;
      var expect = a.outcome === 'FALLBACK' ? 'out-of-scope' : a.intent;
      var rows = a.candidates.map(function (c) {
        var signals = Object.keys(c.signals).map(function (s) { return s + ' ' + c.signals[s].toFixed(2); }).join(', ');
        return el('tr', {}, el('td', {}, c.label), el('td', {}, percent(c.confidence)), el('td', {}, signals || '–'));
      });
      append(out, [
        el('h3', {}, 'Antwort'),
        el('p', { class: 'answer' }, emphasized(a.text)),
        el('dl', {}, el('dt', {}, 'Ergebnis'), el('dd', {}, OUTCOMES[a.outcome] || a.outcome),
          el('dt', {}, 'Intent'), el('dd', { id: 'try-intent' }, a.intent || '–'),
          el('dt', {}, 'Sicherheit'), el('dd', {}, percent(a.confidence)),
          el('dt', {}, 'Erkannte Begriffe'), el('dd', {}, a.terms.join(', ') || '–')),
        el('table', {}, el('caption', {}, 'Kandidaten und warum (Signale)'),
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Kandidat'), el('th', { scope: 'col' }, 'Sicherheit'),
            el('th', { scope: 'col' }, 'Signale'))), el('tbody', {}, rows)),
        expect ? el('div', { class: 'actions' }, el('button', { type: 'button', class: 'secondary', onclick: function (ev) {
          var button = ev.target;
          api('POST', '/api/admin/tests', { question: question, expect: expect }).then(function (res) {
            say(res.status === 201 ? 'Als Testfrage gespeichert (erwartet: ' + expect + ').'
              : 'Nicht gespeichert: ' + (res.data && res.data.error));
            button.disabled = res.status === 201;
          });
        } }, 'Als Testfrage speichern (erwartet: ' + expect + ')')) : null
      ]);
    });
  });

  /* ---- Navigation ---- */

  function route() {
    var parts = (window.location.hash || '#intents').substring(1).split('/').map(decodeURIComponent);
    document.querySelectorAll('nav a').forEach(function (a) {
      var here = a.getAttribute('href') === '#' + parts.slice(0, parts[0] === 'knowledge' ? 2 : 1).join('/');
      if (here) { a.setAttribute('aria-current', 'page'); } else { a.removeAttribute('aria-current'); }
    });
    if (parts[0] === 'intents' && parts[1]) { intentEditor(parts[1] === 'neu' ? null : parts[1]); }
    else if (parts[0] === 'knowledge' && KINDS[parts[1]] && parts[2]) { knowledgeEditor(parts[1], parts[2] === 'neu' ? null : parts[2]); }
    else if (parts[0] === 'knowledge' && KINDS[parts[1]]) { knowledgeList(parts[1]); }
    else if (parts[0] === 'tests') { testsPage(); }
    else if (parts[0] === 'inbox') { inboxPage(); }
    else if (parts[0] === 'analytics') { analyticsPage(); }
    else if (parts[0] === 'users') { usersPage(); }
    else if (parts[0] === 'konto') { accountPage(); }
    else { intentList(''); }
  }

  window.addEventListener('hashchange', function () {
    route();
    main.focus();
  });

  document.getElementById('csrf').value = csrfToken();
  api('GET', '/api/admin/me').then(function (r) {
    document.getElementById('who').textContent = 'Angemeldet als ' + r.data.username + ' (' + r.data.roles.join(', ') + ')';
    document.getElementById('nav-users').hidden = r.data.roles.indexOf('ADMIN') < 0;
    if (r.data.passwordChangeRequired) { window.location.hash = '#konto'; }
    route();
  });
}());
