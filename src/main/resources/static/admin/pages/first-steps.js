/* The workspace page: first steps for a new city, each with its state and where it is done. */
import { api } from '../api.js';
import { el, say, show } from '../dom.js';

export function firstStepsPage() {
  api('GET', '/api/admin/first-steps').then(function (r) {
    var steps = r.data.steps.map(function (step) {
      var where = [];
      if (step.page) { where.push(el('a', { href: step.page }, 'Hier erledigen')); }
      if (step.setting) {
        where.push(el('span', {}, (where.length ? ' · ' : '') + 'Einstellung des Betriebs: ', el('code', {}, step.setting)));
      }
      where.push(el('span', {}, ' · Anleitung: README, Abschnitt „' + step.readme + '“'));
      return el('li', {},
        el('span', { class: step.done ? 'state-done' : 'state-open' }, step.done ? '✓ erledigt: ' : '○ offen: '),
        el('strong', {}, step.title), el('br'), step.state, el('br'), where);
    });
    var code = el('code', { id: 'embed-code' }, r.data.embed);
    show('Erste Schritte', el('h2', {}, 'Erste Schritte für eine neue Stadt'),
      el('p', { class: 'hint' }, 'Was den Bot zum Bot Ihrer Stadt macht. Der Stand wird beim Öffnen dieser Seite geprüft.'),
      el('ol', { class: 'checklist' }, steps),
      el('h3', {}, 'Einbettungscode für die Internetseite'),
      el('p', {}, 'Diese Zeile vor dem schließenden </body> jeder Seite einfügen, auf der das Chat-Fenster erscheinen soll. '
        + 'Die Internetseite muss in der Einstellung rathausbot.web.allowed-origins freigegeben sein.'),
      el('pre', {}, code),
      el('div', { class: 'actions' }, el('button', { type: 'button', class: 'secondary', onclick: function () {
        if (navigator.clipboard) {
          navigator.clipboard.writeText(r.data.embed).then(function () { say('Einbettungscode kopiert.'); },
            function () { say('Bitte den Code markieren und kopieren.'); });
        } else { say('Bitte den Code markieren und kopieren.'); }
      } }, 'Code kopieren')));
  });
}
