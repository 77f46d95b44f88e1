/* The workspace page: analytics. */
import { api } from '../api.js';
import { el, percent, say, show } from '../dom.js';

var chart = null;
var LANGUAGES = { de: 'Deutsch', en: 'Englisch', tr: 'Türkisch', uk: 'Ukrainisch', ar: 'Arabisch' };

export function analyticsPage(from, to) {
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
        }).join(', ') || '–'),
        el('dt', {}, 'Sprachen'), el('dd', {}, Object.keys(a.languages).map(function (l) {
          return (LANGUAGES[l] || l) + ' ' + a.languages[l][0] + ' (' + a.languages[l][1] + ' ohne Antwort)';
        }).join(', ') || '–'),
        a.liveChat.requested ? el('dt', {}, 'Live-Chat') : null,
        a.liveChat.requested ? el('dd', {}, a.liveChat.requested + '× nach einer Person gefragt, ' + a.liveChat.taken
          + ' übernommen (Wartezeit im Median ' + a.liveChat.medianWaitSeconds + ' s, höchstens '
          + a.liveChat.longestWaitSeconds + ' s), ' + a.liveChat.cancelled + ' Warten abgebrochen, '
          + a.liveChat.abandoned + ' nicht rechtzeitig übernommen') : null,
        Object.keys(a.languageModel).length ? el('dt', {}, 'Sprachmodell') : null,
        Object.keys(a.languageModel).length ? el('dd', {}, (a.languageModel.generated || 0) + ' Antworten formuliert, '
          + (a.languageModel.rejected || 0) + ' bei der Prüfung verworfen, ' + ((a.languageModel.failed || 0)
          + (a.languageModel.paused || 0)) + ' ohne Antwort des Modells, ' + (a.languageModel.refused || 0)
          + ' vom Modell abgelehnt') : null),
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
