/* Forms: labelled fields, problems at their field, regressions, versions with their diffs. */
import { api } from './api.js';
import { el, say, when } from './dom.js';

var FIELD_NAMES = {
  id: 'Kennung', title: 'Titel', examples: 'Beispielfragen', answer: 'Antwort',
  quickReplies: 'Schnellantworten', knowledge: 'Verknüpftes Wissen', question: 'Frage',
  expect: 'Erwartete Antwort', text: 'Frage', username: 'Benutzername', password: 'Passwort', roles: 'Rolle',
  currentPassword: 'Bisheriges Passwort', newPassword: 'Neues Passwort', repeat: 'Wiederholung'
};

/* The id of a field's control: "f-" and its name, dots (fees.0.amount) as dashes. */
export function fieldId(name) {
  return 'f-' + String(name).replace(/\./g, '-');
}

/* A labelled input or textarea with its hint and error slot, wired with aria-describedby. */
export function field(name, label, control, hint) {
  control.id = fieldId(name);
  control.name = name;
  var described = [];
  var hintNode = null;
  if (hint) {
    hintNode = el('p', { class: 'field-hint', id: control.id + '-hint' }, hint);
    described.push(hintNode.id);
  }
  var error = el('p', { class: 'error', id: control.id + '-error', hidden: true });
  described.push(error.id);
  control.setAttribute('aria-describedby', described.join(' '));
  return el('div', { class: 'field' }, el('label', { for: control.id }, label), control, hintNode, error);
}

export function clearErrors(form) {
  form.querySelectorAll('[aria-invalid]').forEach(function (c) { c.removeAttribute('aria-invalid'); });
  form.querySelectorAll('.error').forEach(function (e) { e.hidden = true; e.textContent = ''; });
  form.querySelectorAll('.notice').forEach(function (n) { n.remove(); });
}

/*
 * A 400 answer: its message at the field it names (focused), or at the nearest enclosing one
 * (fees.0 → fees), or above the buttons.
 */
export function showProblem(form, data) {
  var name = data && data.field;
  var message = (data && data.error) || 'Unbekannter Fehler';
  var control = null;
  var path = name ? String(name).split('.') : [];
  while (path.length && !control) {
    control = form.querySelector('#' + fieldId(path.join('.')));
    if (!control) { path.pop(); }
  }
  if (control) {
    var error = form.querySelector('#' + control.id + '-error');
    error.textContent = 'Bitte prüfen (' + labelOf(form, control, path.join('.')) + '): ' + message;
    error.hidden = false;
    control.setAttribute('aria-invalid', 'true');
    control.focus();
  } else {
    var notice = el('div', { class: 'notice problem', role: 'alert' }, 'Nicht gespeichert: ' + message);
    form.querySelector('.actions').before(notice);
  }
  say('Nicht gespeichert – bitte die markierte Angabe prüfen.');
}

function labelOf(form, control, name) {
  if (FIELD_NAMES[name]) { return FIELD_NAMES[name]; }
  var label = form.querySelector('label[for="' + control.id + '"]');
  var legend = control.tagName === 'FIELDSET' ? control.querySelector('legend') : null;
  var group = control.closest('.row');
  var text = (legend || label) ? (legend || label).textContent : name;
  return group ? group.getAttribute('aria-label') + ', ' + text : text;
}

/* A 409 answer: the test questions the change would break, and a way to save anyway. */
export function showRegressions(form, data, saveAnyway) {
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

export function describeGot(got) {
  if (got === 'out-of-scope') { return 'keine Antwort (Rückfall)'; }
  if (got.indexOf('clarify: ') === 0) { return 'Rückfrage zwischen ' + got.substring(9); }
  return got;
}

export function saved(data, what) {
  var tests = data && data.testQuestions;
  say(what + ' gespeichert (Version ' + data.version + '). Der Bot antwortet ab sofort damit'
    + (data.publishedInMs !== undefined ? ' (nach ' + data.publishedInMs + ' ms)' : '') + '.'
    + (tests ? ' Testfragen: ' + tests.passed + ' von ' + tests.total + ' richtig.' : ''));
}

/* Versions with their diffs; every one but the newest can be restored. */
export function versionsSection(url, onRestored) {
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
