/*
 * An event's dates: start and end with date and time pickers (or all day), the time zone, and a
 * recurrence builder (weekly on …, monthly on the last Wednesday, only in some months, until …,
 * except dates) that writes the iCalendar RRULE and EXDATE the bot reads. The server lists the
 * next dates as the bot computes them. A rule the builder cannot express is kept as it is.
 */
import { api } from './api.js';
import { el } from './dom.js';
import { field, fieldId } from './forms.js';
import { rows } from './controls.js';

var WEEKDAYS = [['MO', 'Montag'], ['TU', 'Dienstag'], ['WE', 'Mittwoch'], ['TH', 'Donnerstag'], ['FR', 'Freitag'],
  ['SA', 'Samstag'], ['SU', 'Sonntag']];
var MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
  'November', 'Dezember'];
var POSITIONS = [['1', 'ersten'], ['2', 'zweiten'], ['3', 'dritten'], ['4', 'vierten'], ['-1', 'letzten']];
var ZONES = ['Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich', 'Europe/Luxembourg', 'UTC'];
var FREQUENCIES = [['', 'findet einmal statt'], ['DAILY', 'täglich'], ['WEEKLY', 'wöchentlich'], ['MONTHLY', 'monatlich'],
  ['YEARLY', 'jährlich']];

/* The rule as builder settings, or null when the builder cannot express it. */
export function readRule(rule) {
  var parts = {};
  String(rule || '').replace(/^RRULE:/i, '').split(';').forEach(function (p) {
    var i = p.indexOf('=');
    if (i > 0) { parts[p.substring(0, i).toUpperCase()] = p.substring(i + 1).toUpperCase(); }
  });
  var known = ['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTH', 'UNTIL', 'COUNT'];
  if (Object.keys(parts).some(function (k) { return known.indexOf(k) < 0; })) { return null; }
  if (['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].indexOf(parts.FREQ) < 0) { return null; }
  var s = { freq: parts.FREQ, interval: parts.INTERVAL || '1', days: [], position: '', weekday: '',
    months: parts.BYMONTH ? parts.BYMONTH.split(',').map(Number) : [], until: '', count: '' };
  if (parts.BYDAY) {
    var days = parts.BYDAY.split(',');
    var positioned = /^([+-]?\d)(MO|TU|WE|TH|FR|SA|SU)$/.exec(days[0]);
    if (parts.FREQ === 'MONTHLY' && positioned && days.length === 1) {
      s.position = positioned[1].replace('+', '');
      s.weekday = positioned[2];
      if (!POSITIONS.some(function (p) { return p[0] === s.position; })) { return null; }
    } else if (parts.FREQ === 'WEEKLY' && days.every(function (d) { return /^(MO|TU|WE|TH|FR|SA|SU)$/.test(d); })) {
      s.days = days;
    } else {
      return null;
    }
  }
  if (parts.UNTIL) {
    var u = /^(\d{4})(\d{2})(\d{2})/.exec(parts.UNTIL);
    if (!u) { return null; }
    s.until = u[1] + '-' + u[2] + '-' + u[3];
  }
  if (parts.COUNT) { s.count = parts.COUNT; }
  return s;
}

/* Builder settings as an RRULE ("" for a single date); UNTIL a date for all-day events, else in UTC. */
export function writeRule(s, allDay) {
  if (!s.freq) { return ''; }
  var parts = ['FREQ=' + s.freq];
  if (s.interval && s.interval !== '1') { parts.push('INTERVAL=' + s.interval); }
  if (s.freq === 'WEEKLY' && s.days.length) { parts.push('BYDAY=' + s.days.join(',')); }
  if (s.freq === 'MONTHLY' && s.position && s.weekday) { parts.push('BYDAY=' + s.position + s.weekday); }
  if (s.months.length && s.freq !== 'YEARLY') { parts.push('BYMONTH=' + s.months.join(',')); }
  if (s.until) { parts.push('UNTIL=' + s.until.replace(/-/g, '') + (allDay ? '' : 'T235959Z')); }
  else if (s.count) { parts.push('COUNT=' + s.count); }
  return parts.join(';');
}

/* {node, write(body), settle()}: writes start, end, timeZone, repeat and except. */
export function eventDates(item) {
  var start = split(item.start);
  var end = split(item.end);
  var allDay = el('input', { type: 'checkbox', id: 'f-allDay', checked: item.start && !start.time ? true : null });
  var startDate = el('input', { type: 'date', value: start.date, required: true });
  var startTime = el('input', { type: 'time', value: start.time });
  var endDate = el('input', { type: 'date', value: end.date });
  var endTime = el('input', { type: 'time', value: end.time });
  var zone = el('select', {}, ZONES.concat(item.timeZone && ZONES.indexOf(item.timeZone) < 0 ? [item.timeZone] : [])
    .map(function (z) { return el('option', { value: z, selected: (item.timeZone || 'Europe/Berlin') === z ? true : null }, z); }));
  var times = [field('startTime', 'Beginn (Uhrzeit)', startTime), field('endTime', 'Ende (Uhrzeit, optional)', endTime)];
  function showTimes() { times.forEach(function (t) { t.hidden = allDay.checked; }); }
  allDay.addEventListener('change', showTimes);
  showTimes();

  var settings = item.repeat ? readRule(item.repeat) : { freq: '', interval: '1', days: [], position: '', weekday: '',
    months: [], until: '', count: '' };
  var keptRule = item.repeat && !settings ? item.repeat : null;
  var builderBox = el('div', {});
  var except = rows({ name: 'except', label: 'Ausfallende Termine', rowLabel: 'Ausfallender Termin',
    addLabel: 'Ausfallenden Termin hinzufügen', help: 'Termine der Reihe, die nicht stattfinden.',
    toValue: function (row) { return row.date; } },
  (Array.isArray(item.except) ? item.except : item.except ? [item.except] : []).map(function (x) { return { date: String(x).substring(0, 10) }; }),
  [{ key: 'date', label: 'Datum', type: 'date', check: function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v) ? null : 'bitte ein Datum wählen'; } }]);
  var previewBox = el('div', { class: 'preview', 'aria-live': 'polite', id: 'series-preview' });
  var error = el('p', { class: 'error', id: fieldId('repeat') + '-error', hidden: true });
  var repeat = el('fieldset', { class: 'group', id: fieldId('repeat'), tabindex: '-1', 'aria-describedby': error.id },
    el('legend', {}, 'Wiederholung'), builderBox, error);
  var node = el('fieldset', { class: 'group' }, el('legend', {}, 'Datum und Uhrzeit'),
    field('startDate', 'Beginn (Datum)', startDate),
    el('div', { class: 'check' }, allDay, el('label', { for: 'f-allDay' }, 'ganztägig (ohne Uhrzeit)')),
    times[0], field('endDate', 'Ende (Datum, optional)', endDate, 'Leer lassen, wenn die Veranstaltung am selben Tag endet.'),
    times[1], field('timeZone', 'Zeitzone', zone, 'In Deutschland: Europe/Berlin.'));
  var wrapper = [node, repeat, except.node, el('h3', {}, 'Vorschau: die nächsten Termine'), previewBox];

  function builder() {
    builderBox.textContent = '';
    if (keptRule) {
      builderBox.appendChild(el('div', { class: 'notice' },
        el('p', {}, 'Diese Regel kann der Baukasten nicht darstellen. Sie bleibt unverändert, solange Sie sie nicht ersetzen:'),
        el('p', {}, el('code', {}, keptRule)),
        el('button', { type: 'button', class: 'secondary', onclick: function () {
          keptRule = null;
          settings = { freq: 'WEEKLY', interval: '1', days: [], position: '', weekday: '', months: [], until: '', count: '' };
          builder();
          changed();
        } }, 'Mit dem Baukasten neu festlegen')));
      return;
    }
    var freq = el('select', { onchange: function () { settings.freq = freq.value; builder(); changed(); } },
      FREQUENCIES.map(function (f) { return el('option', { value: f[0], selected: settings.freq === f[0] ? true : null }, f[1]); }));
    builderBox.appendChild(field('freq', 'Wie oft?', freq));
    if (!settings.freq) { return; }
    var unit = { DAILY: 'Tage', WEEKLY: 'Wochen', MONTHLY: 'Monate', YEARLY: 'Jahre' }[settings.freq];
    var interval = el('input', { type: 'number', min: '1', max: '99', value: settings.interval,
      oninput: function () { settings.interval = interval.value || '1'; } });
    builderBox.appendChild(field('interval', 'Alle wie viele ' + unit + '?', interval, '1 = jede Woche / jeden Monat …, 2 = jede zweite …'));
    if (settings.freq === 'WEEKLY') {
      builderBox.appendChild(checkboxes('byday', 'An diesen Wochentagen', WEEKDAYS, settings.days, function (v) { settings.days = v; },
        'Keiner gewählt: am Wochentag des Beginns.'));
    }
    if (settings.freq === 'MONTHLY') {
      var position = el('select', { onchange: function () { settings.position = position.value; weekdayField.hidden = !position.value; } },
        [el('option', { value: '' }, 'am gleichen Tag des Monats wie der Beginn')].concat(POSITIONS.map(function (p) {
          return el('option', { value: p[0], selected: settings.position === p[0] ? true : null }, 'am ' + p[1] + ' …');
        })));
      var weekday = el('select', { onchange: function () { settings.weekday = weekday.value; } },
        WEEKDAYS.map(function (d) { return el('option', { value: d[0], selected: settings.weekday === d[0] ? true : null }, d[1]); }));
      if (!settings.weekday) { settings.weekday = 'MO'; }
      var weekdayField = field('weekday', 'Wochentag', weekday, 'z. B. „am letzten …“ „Mittwoch“ im Monat');
      weekdayField.hidden = !settings.position;
      builderBox.appendChild(field('position', 'An welchem Tag im Monat?', position));
      builderBox.appendChild(weekdayField);
    }
    if (settings.freq !== 'YEARLY') {
      builderBox.appendChild(checkboxes('bymonth', 'Nur in diesen Monaten (optional)',
        MONTHS.map(function (m, i) { return [i + 1, m]; }), settings.months, function (v) { settings.months = v; },
        'Keiner gewählt: das ganze Jahr.'));
    }
    var until = el('input', { type: 'date', value: settings.until, oninput: function () { settings.until = until.value; } });
    var count = el('input', { type: 'number', min: '1', max: '800', value: settings.count,
      oninput: function () { settings.count = count.value; } });
    builderBox.appendChild(field('until', 'Letzter Termin spätestens am (optional)', until));
    builderBox.appendChild(field('count', 'Oder: Anzahl der Termine (optional)', count));
  }

  function checkboxes(name, label, options, selected, set, help) {
    var boxes = options.map(function (o) {
      var box = el('input', { type: 'checkbox', id: 'f-' + name + '-' + o[0], value: String(o[0]),
        checked: selected.indexOf(o[0]) >= 0 ? true : null });
      box.addEventListener('change', function () {
        set(boxes.filter(function (b) { return b.checked; }).map(function (b) {
          return typeof o[0] === 'number' ? Number(b.value) : b.value;
        }));
      });
      return box;
    });
    return el('fieldset', { class: 'choices' }, el('legend', {}, label), help ? el('p', { class: 'field-hint' }, help) : null,
      boxes.map(function (b, i) { return el('span', { class: 'check' }, b, el('label', { for: b.id }, options[i][1])); }));
  }

  function value(date, time) {
    if (!date) { return undefined; }
    return allDay.checked || !time ? date : date + 'T' + time;
  }

  function fields() {
    var body = { start: value(startDate.value, startTime.value), timeZone: zone.value };
    var e = value(endDate.value || (endTime.value && !allDay.checked ? startDate.value : ''), endTime.value);
    if (e) { body.end = e; }
    var rule = keptRule || writeRule(settings, allDay.checked || !startTime.value);
    if (rule) { body.repeat = rule; }
    var x;
    try { x = except.read(); } catch (problem) { x = null; }
    if (x && rule) {
      body.except = x.map(function (d) { return allDay.checked || !startTime.value ? d : d + 'T' + startTime.value; });
    }
    return body;
  }

  var timer = null;
  var pending = Promise.resolve({});
  function changed() { clearTimeout(timer); timer = setTimeout(refresh, 300); }

  function refresh() {
    var body = fields();
    if (!body.start) {
      previewBox.textContent = '';
      previewBox.appendChild(el('p', { class: 'hint' }, 'Wählen Sie zuerst das Datum des Beginns.'));
      pending = Promise.resolve({});
      return pending;
    }
    body.title = 'Vorschau';
    pending = api('POST', '/api/admin/knowledge/events/preview', body).then(function (r) {
      previewBox.textContent = '';
      if (r.status !== 200) {
        error.textContent = 'Bitte prüfen (Wiederholung): ' + (r.data && r.data.error);
        error.hidden = false;
        return { problem: { field: r.data && r.data.field === 'repeat' ? 'repeat' : 'startDate', error: r.data && r.data.error } };
      }
      error.hidden = true;
      if (r.data.repeats) { previewBox.appendChild(el('p', {}, el('strong', {}, 'Findet ' + r.data.repeats + ' statt.'))); }
      previewBox.appendChild(el('ul', {}, r.data.dates.map(function (d) { return el('li', {}, d); })));
      return {};
    });
    return pending;
  }

  builder();
  wrapper.forEach(function (n) { n.addEventListener('input', changed); n.addEventListener('change', changed); });
  refresh();

  return {
    node: wrapper,
    settle: function () { clearTimeout(timer); return refresh(); },
    write: function (body, outcome) {
      if (!startDate.value) { throw { field: 'startDate', error: 'bitte das Datum des Beginns wählen' }; }
      if (outcome && outcome.problem) { throw outcome.problem; }
      except.read();
      ['start', 'end', 'timeZone', 'repeat', 'except'].forEach(function (k) { delete body[k]; });
      Object.assign(body, fields());
    }
  };
}

/* "2026-04-04T14:00" → {date, time}; "2026-04-04" → {date, time: ''}. */
function split(value) {
  var m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(String(value || ''));
  return m ? { date: m[1], time: m[2] || '' } : { date: '', time: '' };
}
