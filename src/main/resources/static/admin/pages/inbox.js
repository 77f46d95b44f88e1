/* The workspace page: inbox. */
import { api } from '../api.js';
import { el, percent, say, show, when } from '../dom.js';
import { clearErrors, showProblem, showRegressions } from '../forms.js';

/* A topic taken from the inbox into the new-intent editor: {topic, question}. */
var fromInbox = null;

/* The topic the new-intent editor starts from, once. */
export function takeInboxQuestion() {
  var taken = fromInbox;
  fromInbox = null;
  return taken;
}

function reasonsText(r) {
  var parts = [];
  if (r.fallback) { parts.push(r.fallback + '× keine Antwort'); }
  if (r.clarified) { parts.push(r.clarified + '× Rückfrage'); }
  if (r.lowConfidence) { parts.push(r.lowConfidence + '× unsicher beantwortet'); }
  if (r.unhelpful) { parts.push(r.unhelpful + '× „nicht hilfreich“'); }
  if (r.modelRejected) { parts.push(r.modelRejected + '× Antwort des Sprachmodells nicht gezeigt'); }
  return parts.join(', ');
}

export function inboxPage(sort) {
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
    g.modelNote ? el('p', { class: 'model-note' }, 'Sprachmodell zuletzt: ' + g.modelNote) : null,
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
