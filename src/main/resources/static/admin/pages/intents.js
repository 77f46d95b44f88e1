/* The workspace page: intents. */
import { api } from '../api.js';
import { el, lines, say, show, when } from '../dom.js';
import { choice, list, markdown, text } from '../controls.js';
import { clearErrors, field, saved, showProblem, showRegressions, versionsSection } from '../forms.js';
import { takeInboxQuestion } from './inbox.js';
import { itemName, KINDS, kindUrl } from './knowledge.js';
import { intentTranslations } from '../translations.js';

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
    var idControl = isNew ? text({ name: 'id', label: 'Kennung', required: true,
      help: 'Kleinbuchstaben, Ziffern und Bindestriche, z. B. hundesteuer' }) : null;
    var title = text({ name: 'title', label: 'Titel', required: true,
      help: 'Wird Mitarbeitenden und als Knopf bei Rückfragen gezeigt, z. B. „Hundesteuer“.' }, intent.title);
    var examples = el('textarea', { rows: 8, value: (intent.examples || []).join('\n') });
    var checks = el('div', { class: 'examples-check', 'aria-live': 'polite', id: 'examples-check' });
    var answer = markdown({ name: 'answer', label: 'Antwort',
      help: 'Leer lassen, wenn die Antwort aus dem verknüpften Wissen kommt.' }, intent.answer);
    var knowledge = choice({ name: 'knowledge', label: 'Verknüpftes Wissen',
      help: 'Optional: die Dienstleistung, der Kontakt oder die Veranstaltung, aus der der Bot antwortet – Namen tippen und aus der Liste wählen.' },
    intent.knowledge, both[1]);
    var quickReplies = list({ name: 'quickReplies', label: 'Schnellantworten',
      help: 'Erscheinen als Knöpfe unter der Antwort, z. B. „Öffnungszeiten“.', rows: 3 }, intent.quickReplies);
    var translations = intentTranslations(intent);
    var previewBox = el('div', { class: 'preview', id: 'intent-preview', 'aria-live': 'polite', tabindex: '-1', hidden: true });
    var form = el('form', { novalidate: true, onsubmit: function (e) { e.preventDefault(); save(false); } },
      idControl ? idControl.node : null, title.node,
      field('examples', 'Beispielfragen', examples, 'Eine Frage pro Zeile, so wie Bürgerinnen und Bürger sie stellen.'),
      checks, answer.node, knowledge.node, quickReplies.node, inbox ? null : translations.node,
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Speichern'),
        el('button', { type: 'button', class: 'secondary', id: 'intent-try', onclick: preview }, 'So antwortet der Bot'),
        isNew ? null : el('button', { type: 'button', class: 'danger', onclick: function () { remove(false); } }, 'Löschen'),
        el('a', { href: '#intents' }, 'Zurück zur Liste')),
      previewBox);
    var heading = el('h2', {}, isNew ? 'Neues Intent' : 'Intent bearbeiten: ' + intent.title);
    if (inbox) {
      heading = [heading, el('p', { class: 'notice' }, 'Aus dem Posteingang: „' + inbox.question
        + '“ ist schon als erste Beispielfrage eingetragen. Ergänzen Sie weitere Formulierungen und die Antwort.')];
    }
    show(isNew ? 'Neues Intent' : intent.title, heading,
      isNew ? null : el('p', { class: 'hint' }, 'Kennung ' + id + ' · Version ' + intent.version + ' · zuletzt '
        + when(intent.updatedAt) + ' von ' + intent.updatedBy),
      form, isNew ? null : versionsSection('/api/admin/intents/' + encodeURIComponent(id) + '/versions', reload));

    var timer = null;
    examples.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(checkExamples, 700); });
    checkExamples();

    function target() { return isNew ? (form.querySelector('#f-id').value.trim() || 'neu') : id; }

    function body() {
      var k;
      try { k = knowledge.read(); } catch (problem) { k = null; }
      var b = { title: form.querySelector('#f-title').value, examples: lines(examples.value),
        answer: form.querySelector('#f-answer').value, knowledge: k || null, quickReplies: quickReplies.read() || [] };
      return inbox ? b : Object.assign(b, translations.read());
    }

    /* Examples that the bot answers with another intent today, or that stand in another intent too. */
    function checkExamples() {
      var b = body();
      if (!b.examples.length) { checks.textContent = ''; return; }
      api('POST', '/api/admin/intents/' + encodeURIComponent(target()) + '/examples/check',
        { examples: b.examples, knowledge: b.knowledge }).then(function (res) {
        checks.textContent = '';
        if (res.status !== 200) { return; }
        var notes = [];
        res.data.forEach(function (c) {
          c.alsoIn.forEach(function (other) {
            notes.push(el('li', {}, '„' + c.example + '“ steht auch bei »' + other + '«. ',
              el('button', { type: 'button', class: 'secondary', onclick: function () { removeFrom(other, c.example); } },
                'Bei »' + other + '« entfernen')));
          });
          if (!c.ours && c.answeredBy && c.alsoIn.indexOf(c.answeredBy) < 0 && c.title) {
            notes.push(el('li', {}, '„' + c.example + '“ beantwortet der Bot heute mit »' + c.title + '«. ',
              el('button', { type: 'button', class: 'secondary', onclick: function () { moveTo(c.answeredBy, c.title, c.example); } },
                'Stattdessen zu »' + c.title + '« hinzufügen')));
          }
        });
        if (notes.length) {
          checks.appendChild(el('div', { class: 'notice' }, el('p', {}, el('strong', {}, 'Hinweise zu den Beispielfragen')), el('ul', {}, notes)));
        }
      });
    }

    function removeFrom(other, example) {
      api('POST', '/api/admin/intents/' + encodeURIComponent(other) + '/examples/remove', { question: example })
        .then(function (res) {
          say(res.status === 200 ? '„' + example + '“ bei »' + other + '« entfernt.' : 'Nicht entfernt: ' + (res.data && res.data.error));
          checkExamples();
        });
    }

    function moveTo(other, otherTitle, example) {
      api('POST', '/api/admin/intents/' + encodeURIComponent(other) + '/examples', { question: example }).then(function (res) {
        if (res.status !== 200) { say('Nicht verschoben: ' + (res.data && res.data.error)); return; }
        examples.value = lines(examples.value).filter(function (e) { return e !== example; }).join('\n');
        say('„' + example + '“ steht jetzt bei »' + otherTitle + '«. Speichern Sie dieses Intent, um es hier zu entfernen.');
        checkExamples();
      });
    }

    /* A few of the examples asked of the content as it would be with this change. */
    function preview() {
      clearErrors(form);
      previewBox.hidden = false;
      previewBox.textContent = '';
      previewBox.appendChild(el('p', {}, 'Der Bot wird mit der Änderung trainiert …'));
      api('POST', '/api/admin/intents/' + encodeURIComponent(target()) + '/preview', body()).then(function (res) {
        previewBox.textContent = '';
        if (res.status !== 200) { previewBox.hidden = true; showProblem(form, res.data); return; }
        previewBox.appendChild(el('h3', {}, 'So antwortet der Bot mit dieser Änderung'));
        res.data.answers.forEach(function (a) {
          previewBox.appendChild(el('div', { class: 'md-box' }, el('p', { class: 'md-title' }, el('strong', {}, '„' + a.question + '“'),
            a.ours ? ' – beantwortet mit diesem Intent' : a.intent ? ' – beantwortet mit »' + a.intent + '«, nicht mit diesem Intent' : ' – keine Antwort (Rückfall)'),
          el('div', { class: 'md-preview' }, window.RathausbotMarkdown ? window.RathausbotMarkdown(a.text) : a.text)));
        });
        if (res.data.regressions.length) {
          previewBox.appendChild(el('p', { class: 'fail' }, 'Diese Änderung würde ' + res.data.regressions.length
            + ' Testfrage(n) verschlechtern: ' + res.data.regressions.map(function (t) { return '„' + t.question + '“'; }).join(', ')));
        }
        previewBox.focus();
      });
    }

    function save(force) {
      clearErrors(form);
      var targetId;
      var b = body();
      try {
        targetId = isNew ? idControl.read() : id;
        b.knowledge = knowledge.read() || null;
      } catch (problem) { showProblem(form, problem); return; }
      var request = inbox
        ? api('POST', '/api/admin/inbox/' + inbox.topic + '/intent' + (force ? '?force=true' : ''),
          Object.assign({ id: targetId }, b))
        : api('PUT', '/api/admin/intents/' + encodeURIComponent(targetId) + (force ? '?force=true' : ''), b);
      request.then(function (res) {
        if (res.status === 200 || res.status === 201) {
          saved(res.data, 'Intent');
          if (isNew) { window.location.hash = '#intents/' + encodeURIComponent(targetId); } else { reload(); }
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

/* Every knowledge item an intent can answer from, by name: [{id: "service:reisepass", name}]. */
function knowledgeRefs() {
  return Promise.all(Object.keys(KINDS).map(function (kind) {
    return api('GET', kindUrl(kind).replace(/\/$/, '')).then(function (r) {
      return (r.data || []).map(function (item) {
        return { id: KINDS[kind].ref + ':' + item.id, name: KINDS[kind].one + ': ' + itemName(item) };
      });
    });
  })).then(function (all) {
    return all.reduce(function (a, b) { return a.concat(b); }, [{ id: 'events', name: 'Alle Veranstaltungen (Kalender)' }]);
  });
}
