/*
 * Opening hours as a form: each weekday with one or more time ranges, the public holidays,
 * and closing days. The server writes the opening_hours text the bot evaluates and previews
 * it with the bot's own evaluation ("Jetzt geöffnet bis 12 Uhr", the next 7 days). Hours the
 * form cannot express are shown as they are and kept unless the editor replaces them.
 */
import { api } from './api.js';
import { el } from './dom.js';
import { fieldId } from './forms.js';
import { rows } from './controls.js';

var DAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
var PREVIEW = '/api/admin/knowledge/contacts/preview';

/* {node, write(body), settle()}: writes openingHours and closures. */
export function openingHours(item) {
  var stored = item.openingHours || null;
  var text = stored;
  var edited = false;
  var pending = Promise.resolve();
  var timer = null;

  var closures = rows({ name: 'closures', label: 'Geschlossene Tage', rowLabel: 'Geschlossener Tag',
    addLabel: 'Geschlossenen Tag hinzufügen',
    help: 'Tage, an denen geschlossen ist, obwohl die Öffnungszeiten anderes sagen – z. B. Heiligabend jedes Jahr, '
      + 'ein Betriebsausflug einmal. Gesetzliche Feiertage kennt der Bot selbst.',
    toValue: function (row) {
      var d = row.date.split('-');
      return { date: d[2] + '.' + d[1] + '.' + (row.everyYear ? '' : d[0]), reason: row.reason };
    } }, (item.closures || []).map(closureRow), [
    { key: 'date', label: 'Datum', type: 'date', check: function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v) ? null : 'bitte ein Datum wählen'; } },
    { key: 'everyYear', label: 'jedes Jahr', type: 'checkbox' },
    { key: 'reason', label: 'Grund', check: function (v) { return v ? null : 'bitte einen Grund angeben, z. B. Heiligabend'; } }
  ]);

  var formBox = el('div', {});
  var previewBox = el('div', { class: 'preview', 'aria-live': 'polite', id: 'hours-preview' });
  var error = el('p', { class: 'error', id: fieldId('openingHours') + '-error', hidden: true });
  var node = el('fieldset', { class: 'group', id: fieldId('openingHours'), tabindex: '-1',
    'aria-describedby': error.id },
  el('legend', {}, 'Öffnungszeiten'),
  el('p', { class: 'field-hint' }, 'Für jeden Wochentag die Zeiten, zu denen geöffnet ist; ein Tag ohne Zeiten ist geschlossen. '
    + 'Mit „Zeit hinzufügen“ bekommt ein Tag eine zweite Zeit, z. B. nachmittags.'),
  formBox, error, el('h3', {}, 'Vorschau: so antwortet der Bot'), previewBox);
  var wrapper = [node, closures.node];

  var week = null;

  function weekRows(form) {
    formBox.textContent = '';
    week = DAYS.map(function (day, i) { return dayRow('d' + i, day, form.days[i]); });
    var closedOnHolidays = el('input', { type: 'checkbox', id: 'f-holidays-closed', checked: form.holidays.length ? null : true });
    var holidays = dayRow('ph', 'An Feiertagen', form.holidays);
    holidays.node.hidden = closedOnHolidays.checked;
    closedOnHolidays.addEventListener('change', function () {
      holidays.node.hidden = closedOnHolidays.checked;
      if (!closedOnHolidays.checked && !holidays.ranges().length) { holidays.add({ from: '', to: '' }); }
      changed();
    });
    week.holidays = function () { return closedOnHolidays.checked ? [] : holidays.ranges(); };
    formBox.appendChild(el('div', { class: 'week' }, week.map(function (d) { return d.node; })));
    formBox.appendChild(el('div', { class: 'check' }, closedOnHolidays,
      el('label', { for: 'f-holidays-closed' }, 'An gesetzlichen Feiertagen geschlossen')));
    formBox.appendChild(holidays.node);
  }

  function dayRow(key, day, spans) {
    var list = el('div', { class: 'spans' });
    var count = 0;
    function add(span) {
      var n = count++;
      var from = el('input', { type: 'time', id: 'f-hours-' + key + '-' + n + '-from', value: span.from });
      var to = el('input', { type: 'time', id: 'f-hours-' + key + '-' + n + '-to', value: span.to });
      var range = el('div', { class: 'span', role: 'group', 'aria-label': day + ', Zeit ' + (n + 1) },
        el('label', { for: from.id }, 'von'), from, el('label', { for: to.id }, 'bis'), to,
        el('button', { type: 'button', class: 'secondary', 'aria-label': day + ': Zeit ' + (n + 1) + ' entfernen',
          onclick: function () { range.remove(); changed(); } }, 'Entfernen'));
      list.appendChild(range);
      return from;
    }
    (spans || []).forEach(add);
    var node = el('div', { class: 'day', role: 'group', 'aria-labelledby': 'day-' + key },
      el('span', { class: 'day-name', id: 'day-' + key }, day), list,
      el('button', { type: 'button', class: 'secondary', id: 'add-' + key, 'aria-label': day + ': Zeit hinzufügen',
        onclick: function () { add({ from: '', to: '' }).focus(); } }, 'Zeit hinzufügen'));
    return { node: node, add: add, ranges: function () {
      return Array.prototype.map.call(list.children, function (range) {
        var inputs = range.querySelectorAll('input');
        return { from: inputs[0].value, to: inputs[1].value };
      }).filter(function (s) { return s.from || s.to; });
    } };
  }

  function formValue() {
    return { days: week.map(function (d) { return d.ranges(); }), holidays: week.holidays() };
  }

  function closuresValue() {
    try { return closures.read() || []; } catch (e) { return []; }
  }

  function changed() {
    edited = true;
    clearTimeout(timer);
    timer = setTimeout(refresh, 300);
  }

  function refresh() {
    var request = edited && week ? { hours: formValue(), closures: closuresValue() }
      : { openingHours: stored, closures: closuresValue() };
    pending = api('POST', PREVIEW, request).then(function (r) {
      if (r.status !== 200) {
        error.textContent = 'Bitte prüfen (Öffnungszeiten): ' + (r.data && r.data.error);
        error.hidden = false;
        node.setAttribute('aria-invalid', 'true');
        return { problem: { field: 'openingHours', error: r.data && r.data.error } };
      }
      error.hidden = true;
      node.removeAttribute('aria-invalid');
      text = r.data.openingHours;
      if (!week && r.data.form) { weekRows(r.data.form); }
      if (!week && !r.data.form) { readOnly(); }
      showPreview(r.data.preview);
      return {};
    });
    return pending;
  }

  function readOnly() {
    formBox.textContent = '';
    formBox.appendChild(el('div', { class: 'notice' },
      el('p', {}, 'Diese Öffnungszeiten sind in einer Form gespeichert, die das Formular nicht darstellen kann '
        + '(z. B. mit Monaten oder Wochen). Sie bleiben unverändert, solange Sie sie nicht ersetzen.'),
      el('p', {}, el('code', {}, stored)),
      el('button', { type: 'button', class: 'secondary', onclick: function () {
        weekRows({ days: [[], [], [], [], [], [], []], holidays: [] });
        changed();
        formBox.querySelector('input, button').focus();
      } }, 'Mit dem Formular neu festlegen')));
  }

  function showPreview(preview) {
    previewBox.textContent = '';
    if (!preview) { previewBox.appendChild(el('p', { class: 'hint' }, 'Ohne Öffnungszeiten sagt der Bot nichts zu geöffnet oder geschlossen.')); return; }
    previewBox.appendChild(el('p', { id: 'hours-now' }, el('strong', {}, preview.now)));
    previewBox.appendChild(el('p', {}, preview.week));
    previewBox.appendChild(el('table', {}, el('caption', { class: 'hint' }, 'Die nächsten 7 Tage'),
      el('tbody', {}, preview.days.map(function (d) {
        return el('tr', {}, el('th', { scope: 'row' }, d.day), el('td', {}, d.hours), el('td', {}, d.note || ''));
      }))));
  }

  node.addEventListener('input', changed);
  closures.node.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(refresh, 300); });
  closures.node.addEventListener('change', function () { clearTimeout(timer); timer = setTimeout(refresh, 300); });
  if (!stored) { weekRows({ days: [[], [], [], [], [], [], []], holidays: [] }); }
  refresh();

  return {
    node: wrapper,
    settle: function () { clearTimeout(timer); return refresh(); },
    write: function (body, outcome) {
      if (outcome && outcome.problem) { throw outcome.problem; }
      var c = closures.read();
      if (text) { body.openingHours = text; } else { delete body.openingHours; }
      if (c) { body.closures = c; } else { delete body.closures; }
    }
  };
}

/* A stored closing day ("24.12." every year, "24.12.2026" once) as a form row. */
function closureRow(c) {
  var m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})?$/.exec(String(c.date).trim());
  if (!m) { return { date: '', everyYear: false, reason: c.reason }; }
  var pad = function (x) { return ('0' + x).slice(-2); };
  return { date: (m[3] || new Date().getFullYear()) + '-' + pad(m[2]) + '-' + pad(m[1]), everyYear: !m[3], reason: c.reason };
}
