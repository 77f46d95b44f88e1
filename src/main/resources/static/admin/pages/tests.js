/* The workspace page: tests. */
import { api } from '../api.js';
import { el, say, show } from '../dom.js';
import { describeGot } from '../forms.js';

export function testsPage() {
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
