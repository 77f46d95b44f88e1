/* The try-it panel: ask the bot as a citizen would, see why it answers as it does. */
import { api } from './api.js';
import { append, el, emphasized, percent, say } from './dom.js';

var OUTCOMES = { ANSWERED: 'beantwortet', CLARIFIED: 'Rückfrage', FALLBACK: 'keine passende Antwort' };
var MODEL_RESULTS = {
  GENERATED: 'gezeigt (alle Angaben stehen in den Textstellen)', REJECTED: 'nicht gezeigt – die Textstelle wird zitiert',
  REFUSED: 'das Modell fand keine Antwort – die Textstelle wird zitiert', FAILED: 'keine Antwort des Modells – die Textstelle wird zitiert',
  PAUSED: 'Modell pausiert nach Fehlern – die Textstelle wird zitiert'
};

/* What the city's language model was given, wrote, and what the check found. */
function modelPart(m) {
  if (!m) { return null; }
  return el('section', { 'aria-label': 'Sprachmodell' },
    el('h3', {}, 'Sprachmodell'),
    el('dl', {}, el('dt', {}, 'Ergebnis'), el('dd', { id: 'try-model-result' }, MODEL_RESULTS[m.result] || m.result),
      m.reason ? el('dt', {}, 'Prüfung') : null, m.reason ? el('dd', {}, m.reason) : null,
      el('dt', {}, 'Antwort des Modells'), el('dd', {}, el('pre', {}, m.raw || '–'))),
    el('ol', { 'aria-label': 'Textstellen für das Modell' }, m.passages.map(function (p) {
      return el('li', {}, el('strong', {}, p.title), el('p', {}, p.text));
    })));
}


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
      modelPart(a.languageModel),
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
