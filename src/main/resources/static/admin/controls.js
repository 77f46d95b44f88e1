/*
 * Form controls of the editors. Each control is {name, node, read()}: name is the stored field, node is what the page shows,
 * read() gives the value to save (undefined: leave the field out) or throws {field, error} for a
 * value that cannot be saved, which the form shows at that field. Labels and help are German;
 * no control asks for JSON or a code name.
 */
import { el, lines } from './dom.js';
import { field, fieldId } from './forms.js';

/* A one-line text. spec: {name, label, help, required, type ('text', 'url', 'email', 'tel'), pattern: [regex, message]} */
export function text(spec, value) {
  var input = el('input', { type: spec.type || 'text', value: value === undefined || value === null ? '' : String(value),
    required: spec.required || null, autocomplete: 'off', inputmode: spec.inputmode || null });
  return { name: spec.name, node: field(spec.name, spec.label, input, spec.help), read: function () {
    var v = input.value.trim();
    if (!v && spec.required) { throw { field: spec.name, error: 'bitte ausfüllen' }; }
    if (v && spec.pattern && !spec.pattern[0].test(v)) { throw { field: spec.name, error: spec.pattern[1] }; }
    return v || undefined;
  } };
}

/* A longer text. */
export function long(spec, value) {
  var area = el('textarea', { rows: spec.rows || 4, value: value || '', required: spec.required || null });
  return { name: spec.name, node: field(spec.name, spec.label, area, spec.help), read: function () {
    var v = area.value.trim();
    if (!v && spec.required) { throw { field: spec.name, error: 'bitte ausfüllen' }; }
    return v || undefined;
  } };
}

/* A list of short texts, one per line. */
export function list(spec, value) {
  var area = el('textarea', { rows: spec.rows || 4, value: (value || []).join('\n') });
  return { name: spec.name, node: field(spec.name, spec.label, area, (spec.help ? spec.help + ' ' : '') + 'Ein Eintrag pro Zeile.'),
    read: function () { var v = lines(area.value); return v.length ? v : undefined; } };
}

/*
 * One of the existing items, searchable by name: the field shows "Name (kennung)", the value
 * saved is the id. options: [{id, name}].
 */
export function choice(spec, value, options) {
  var listId = 'list-' + spec.name;
  var byLabel = {};
  var shown = '';
  var datalist = el('datalist', { id: listId }, options.map(function (o) {
    var label = o.name + ' (' + o.id + ')';
    byLabel[label] = o.id;
    if (o.id === value) { shown = label; }
    return el('option', { value: label });
  }));
  if (value && !shown) { shown = value; }
  var input = el('input', { list: listId, value: shown, autocomplete: 'off' });
  return { name: spec.name, node: [field(spec.name, spec.label, input, spec.help), datalist], read: function () {
    var v = input.value.trim();
    if (!v) { return undefined; }
    var id = byLabel[v] || (options.some(function (o) { return o.id === v; }) ? v : null);
    if (!id) { throw { field: spec.name, error: 'bitte einen Eintrag aus der Liste wählen' }; }
    return id;
  } };
}

/*
 * Rows of a few inputs each, with "add" and "remove" buttons. columns: [{key, label, type,
 * width, check(value) → message or null}]; the saved value is a list of objects without
 * empty keys.
 */
export function rows(spec, values, columns) {
  var body = el('div', { class: 'rows' });
  var counter = 0;
  function addRow(value) {
    var index = counter++;
    var inputs = {};
    var row = el('div', { class: 'row', role: 'group', 'aria-label': spec.rowLabel + ' ' + (index + 1) },
      columns.map(function (c) {
        var control = c.type === 'checkbox'
          ? el('input', { type: 'checkbox', checked: value && value[c.key] ? true : null })
          : el('input', { type: c.type || 'text', value: value && value[c.key] !== undefined ? String(value[c.key]) : '',
            inputmode: c.inputmode || null, autocomplete: 'off' });
        var name = spec.name + '.' + index + '.' + c.key;
        control.id = fieldId(name);
        var error = el('p', { class: 'error', id: control.id + '-error', hidden: true });
        control.setAttribute('aria-describedby', error.id);
        inputs[c.key] = control;
        return el('div', { class: 'cell' + (c.type === 'checkbox' ? ' check' : '') },
          el('label', { for: control.id }, c.label), control, error);
      }),
      el('button', { type: 'button', class: 'secondary', onclick: function () { row.remove(); },
        'aria-label': spec.rowLabel + ' ' + (index + 1) + ' entfernen' }, 'Entfernen'));
    row.dataset.index = index;
    row.inputs = inputs;
    body.appendChild(row);
    return row;
  }
  (values || []).forEach(addRow);
  var add = el('button', { type: 'button', class: 'secondary', onclick: function () {
    var row = addRow(null);
    row.querySelector('input').focus();
  } }, spec.addLabel);
  var legendId = 'legend-' + spec.name;
  var node = el('fieldset', { class: 'group', id: fieldId(spec.name), tabindex: '-1',
    'aria-describedby': spec.help ? fieldId(spec.name) + '-hint' : null },
  el('legend', { id: legendId }, spec.label),
  spec.help ? el('p', { class: 'field-hint', id: fieldId(spec.name) + '-hint' }, spec.help) : null,
  body, add, el('p', { class: 'error', id: fieldId(spec.name) + '-error', hidden: true }));
  return { name: spec.name, node: node, read: function () {
    var result = [];
    Array.prototype.forEach.call(body.children, function (row) {
      var item = {};
      var empty = true;
      columns.forEach(function (c) {
        var input = row.inputs[c.key];
        var v = c.type === 'checkbox' ? input.checked : input.value.trim();
        if (c.type !== 'checkbox' && v) { empty = false; }
        item[c.key] = v;
      });
      if (empty) { return; }
      columns.forEach(function (c) {
        var message = c.check ? c.check(item[c.key], item) : null;
        if (message) { throw { field: spec.name + '.' + row.dataset.index + '.' + c.key, error: message }; }
      });
      result.push(spec.toValue ? spec.toValue(item) : item);
    });
    return result.length ? result : undefined;
  }, count: function () { return body.children.length; } };
}

var MONEY = /^\d+(,\d{1,2})?$/;

/* Fees as rows: amount in euro, condition. */
export function fees(spec, values) {
  return rows({ name: spec.name, label: spec.label, help: spec.help, rowLabel: 'Gebühr', addLabel: 'Gebühr hinzufügen',
    toValue: function (item) {
      var fee = { amount: item.amount.replace(/\s*€$/, '') };
      if (item.condition) { fee.condition = item.condition; }
      return fee;
    } }, values, [
    { key: 'amount', label: 'Betrag in Euro', inputmode: 'decimal', check: function (v) {
      return MONEY.test(v.replace(/\s*€$/, '')) ? null : 'ein Betrag wie 37,00 oder 0 (gebührenfrei)';
    } },
    { key: 'condition', label: 'Bedingung (optional)' }
  ]);
}

/* Street and number, postcode, city: all three or none. */
export function address(spec, value) {
  value = value || {};
  var parts = [
    ['street', 'Straße und Hausnummer', 'z. B. Wilhelmstraße 11'],
    ['postalCode', 'Postleitzahl', 'fünf Ziffern, z. B. 71638'],
    ['city', 'Ort', 'z. B. Ludwigsburg']
  ];
  var inputs = {};
  var node = el('fieldset', { class: 'group' }, el('legend', {}, spec.label),
    parts.map(function (p) {
      var input = el('input', { value: value[p[0]] || '', autocomplete: 'off',
        inputmode: p[0] === 'postalCode' ? 'numeric' : null });
      inputs[p[0]] = input;
      return field(spec.name + '.' + p[0], p[1], input, p[2]);
    }));
  return { name: spec.name, node: node, read: function () {
    var a = {};
    parts.forEach(function (p) { a[p[0]] = inputs[p[0]].value.trim(); });
    if (!a.street && !a.postalCode && !a.city) { return undefined; }
    for (var i = 0; i < parts.length; i++) {
      if (!a[parts[i][0]]) { throw { field: spec.name + '.' + parts[i][0], error: 'bitte ausfüllen (oder die ganze Anschrift leer lassen)' }; }
    }
    if (!/^\d{5}$/.test(a.postalCode)) { throw { field: spec.name + '.postalCode', error: 'eine Postleitzahl hat fünf Ziffern' }; }
    return a;
  } };
}

/*
 * An answer in the bot's Markdown subset, with a preview drawn by the chat widget's own
 * renderer (widget.js, data-markdown-only).
 */
export function markdown(spec, value) {
  var area = el('textarea', { rows: spec.rows || 5, value: value || '' });
  var preview = el('div', { class: 'md-preview', 'aria-live': 'polite' });
  function draw() {
    preview.textContent = '';
    if (area.value.trim() && window.RathausbotMarkdown) {
      preview.appendChild(window.RathausbotMarkdown(area.value));
    } else {
      preview.appendChild(el('p', { class: 'hint' }, 'Noch kein Text.'));
    }
  }
  area.addEventListener('input', draw);
  draw();
  return { name: spec.name, node: [field(spec.name, spec.label, area, (spec.help ? spec.help + ' ' : '')
    + 'Auszeichnung: **fett**, [Linktext](https://…), Zeilen mit „- “ als Aufzählung, Leerzeile für einen neuen Absatz.'),
  el('div', { class: 'md-box' }, el('p', { class: 'md-title' }, 'So sieht die Antwort im Chat aus:'), preview)],
  read: function () {
    var v = area.value.trim();
    if (!v && spec.required) { throw { field: spec.name, error: 'bitte ausfüllen' }; }
    return v || undefined;
  } };
}
