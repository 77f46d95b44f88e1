/* The workspace page: account. */
import { api, csrfToken } from '../api.js';
import { el, say, show } from '../dom.js';
import { clearErrors, field, showProblem } from '../forms.js';

export function accountPage() {
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
