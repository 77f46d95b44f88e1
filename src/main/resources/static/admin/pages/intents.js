/* The workspace page: intents. */
import { api } from '../api.js';
import { el, lines, say, show, when } from '../dom.js';
import { clearErrors, field, saved, showProblem, showRegressions, versionsSection } from '../forms.js';
import { takeInboxQuestion } from './inbox.js';
import { KINDS, kindUrl } from './knowledge.js';

export function intentList(query) {
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

export function intentEditor(id) {
  var isNew = !id;
  var inbox = isNew ? takeInboxQuestion() : null;
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
