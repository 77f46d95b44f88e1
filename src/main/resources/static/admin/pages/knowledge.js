/* The workspace page: knowledge. */
import { api } from '../api.js';
import { el, lines, say, show, when } from '../dom.js';
import { clearErrors, field, saved, showProblem, showRegressions, versionsSection } from '../forms.js';

export const KINDS = {
  services: { title: 'Dienstleistungen', one: 'Dienstleistung', ref: 'service' },
  contacts: { title: 'Kontakte', one: 'Kontakt', ref: 'contact' },
  events: { title: 'Veranstaltungen', one: 'Veranstaltung', ref: 'event' },
  faq: { title: 'Häufige Fragen', one: 'FAQ-Eintrag', ref: 'faq' },
  pages: { title: 'Webseiten', one: 'Webseite', ref: 'page', api: '/api/admin/pages/' }
};
/* Where a kind is edited: /api/admin/knowledge/KIND/, pages at /api/admin/pages/. */
export function kindUrl(kind) { return KINDS[kind].api || '/api/admin/knowledge/' + kind + '/'; }
/* Fields a new knowledge item starts with (more can be added as JSON). */
var NEW_FIELDS = {
  services: { name: '', summary: '', synonyms: [], documents: [], url: '' },
  contacts: { name: '', phone: '', email: '', synonyms: [] },
  events: { name: '', start: '', location: '', summary: '' },
  faq: { question: '', phrasings: [], answer: '', url: '' },
  pages: { title: '', url: '', text: '' }
};


export function knowledgeList(kind) {
  var meta = KINDS[kind];
  api('GET', kindUrl(kind).replace(/\/$/, '')).then(function (r) {
    var rows = (r.data || []).map(function (item) {
      return el('tr', {}, el('td', {}, el('a', { href: '#knowledge/' + kind + '/' + encodeURIComponent(item.id) }, item.name || item.title || item.question || item.id)),
        el('td', {}, item.id), el('td', {}, when(item.updatedAt) + ' · ' + item.updatedBy));
    });
    show(meta.title, el('h2', {}, meta.title),
      el('p', {}, el('a', { href: '#knowledge/' + kind + '/neu' }, meta.one + ' anlegen')),
      kind === 'events' ? el('p', { class: 'hint' }, 'Termine aus iCalendar-Dateien werden über Export und Import gepflegt.') : null,
      el('table', {}, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Name'), el('th', { scope: 'col' }, 'Kennung'),
        el('th', { scope: 'col' }, 'Zuletzt geändert'))), el('tbody', {}, rows)));
  });
}

/*
 * A knowledge item's fields: texts as inputs, lists of texts one per line, anything
 * nested (fees, opening hours, addresses) as JSON.
 */
export function knowledgeEditor(kind, id) {
  var meta = KINDS[kind];
  var isNew = !id;
  var load = isNew ? Promise.resolve({ status: 200, data: NEW_FIELDS[kind] })
    : api('GET', kindUrl(kind) + encodeURIComponent(id));
  load.then(function (r) {
    if (r.status !== 200) { show(meta.one, el('p', {}, 'Diesen Eintrag gibt es nicht (mehr).')); return; }
    var item = r.data;
    var names = Object.keys(item).filter(function (k) { return ['id', 'version', 'updatedBy', 'updatedAt'].indexOf(k) < 0; });
    var types = {};
    var fields = names.map(function (name) {
      var value = item[name];
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        types[name] = 'text';
        var long = String(value).length > 80 || ['summary', 'details', 'answer', 'text'].indexOf(name) >= 0;
        return field(name, name, long ? el('textarea', { rows: name === 'text' ? 16 : 4, value: String(value) }) : el('input', { value: String(value) }),
          name === 'text' ? 'Markdown: # Überschrift, Absätze durch Leerzeilen, - Aufzählung. Die Überschriften teilen die Seite in Abschnitte.' : null);
      }
      if (Array.isArray(value) && value.every(function (v) { return typeof v === 'string'; })) {
        types[name] = 'lines';
        return field(name, name, el('textarea', { rows: 4, value: value.join('\n') }), 'Ein Eintrag pro Zeile.');
      }
      types[name] = 'json';
      return field(name, name + ' (JSON)', el('textarea', { rows: 6, value: JSON.stringify(value, null, 2) }),
        'Strukturierte Angabe im JSON-Format.');
    });
    var form = el('form', { novalidate: true, onsubmit: function (e) { e.preventDefault(); save(false); } },
      isNew ? field('id', 'Kennung', el('input', {}), 'Kleinbuchstaben, Ziffern und Bindestriche') : null,
      fields,
      kind === 'pages' || kind === 'faq' ? el('input', { type: 'hidden', id: 'f-more', value: '' })
        : field('more', 'Weitere Felder (JSON, optional)', el('textarea', { rows: 3, value: '' }),
          'z. B. {"fees": [{"amount": "37,00 €", "label": "Gebühr"}]}'),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Speichern'),
        isNew ? null : el('button', { type: 'button', class: 'danger', onclick: function () { remove(false); } }, 'Löschen'),
        el('a', { href: '#knowledge/' + kind }, 'Zurück zur Liste')));
    var url = kindUrl(kind);
    show(meta.one, el('h2', {}, isNew ? meta.one + ' anlegen' : meta.one + ': ' + (item.name || item.title || item.question || id)), form,
      isNew ? null : versionsSection(url + encodeURIComponent(id) + '/versions', function () { knowledgeEditor(kind, id); }));

    function save(force) {
      clearErrors(form);
      var target = isNew ? form.querySelector('#f-id').value.trim() : id;
      var body = {};
      for (var i = 0; i < names.length; i++) {
        var name = names[i];
        var raw = form.querySelector('#f-' + name).value;
        if (types[name] === 'text') { if (raw.trim()) { body[name] = raw.trim(); } }
        else if (types[name] === 'lines') { body[name] = lines(raw); }
        else {
          try { body[name] = JSON.parse(raw); } catch (e) {
            showProblem(form, { field: name, error: 'kein gültiges JSON (' + e.message + ')' });
            return;
          }
        }
      }
      var more = form.querySelector('#f-more').value.trim();
      if (more) {
        try { Object.assign(body, JSON.parse(more)); } catch (e) {
          showProblem(form, { field: 'more', error: 'kein gültiges JSON (' + e.message + ')' });
          return;
        }
      }
      api('PUT', url + encodeURIComponent(target) + (force ? '?force=true' : ''), body).then(function (res) {
        if (res.status === 200 || res.status === 201) {
          saved(res.data, meta.one);
          window.location.hash = '#knowledge/' + kind + '/' + encodeURIComponent(target);
          if (!isNew) { knowledgeEditor(kind, id); }
        } else if (res.status === 409) {
          showRegressions(form, res.data, function () { save(true); });
        } else {
          showProblem(form, res.data);
        }
      });
    }

    function remove(force) {
      if (!force && !window.confirm(meta.one + ' „' + (item.name || id) + '“ löschen? Sie lässt sich über die Versionen wiederherstellen.')) { return; }
      clearErrors(form);
      api('DELETE', url + encodeURIComponent(id) + (force ? '?force=true' : '')).then(function (res) {
        if (res.status === 204) { say('Gelöscht.'); window.location.hash = '#knowledge/' + kind; }
        else if (res.status === 409) { showRegressions(form, res.data, function () { remove(true); }); }
        else { showProblem(form, res.data); }
      });
    }
  });
}
