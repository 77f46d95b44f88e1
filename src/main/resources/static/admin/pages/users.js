/* The workspace page: users. */
import { api } from '../api.js';
import { el, say, show } from '../dom.js';
import { clearErrors, field, showProblem } from '../forms.js';

export function usersPage() {
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
    var role = el('select', {}, el('option', { value: 'EDITOR' }, 'Redaktion (EDITOR)'), el('option', { value: 'ADMIN' }, 'Administration (ADMIN)'),
      el('option', { value: 'MONITOR' }, 'Überwachung – nur Messwerte (MONITOR)'));
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
