/* The workspace page: knowledge (services, contacts, events, FAQ, web pages), edited as forms. */
import { api } from '../api.js';
import { el, say, show, when } from '../dom.js';
import { address, choice, fees, list, long, markdown, text } from '../controls.js';
import { clearErrors, saved, showProblem, showRegressions, versionsSection } from '../forms.js';
import { openingHours } from '../hours.js';
import { eventDates } from '../series.js';
import { knowledgeTranslations } from '../translations.js';

export const KINDS = {
  services: { title: 'Dienstleistungen', one: 'Dienstleistung', ref: 'service' },
  contacts: { title: 'Kontakte', one: 'Kontakt', ref: 'contact' },
  events: { title: 'Veranstaltungen', one: 'Veranstaltung', ref: 'event' },
  faq: { title: 'Häufige Fragen', one: 'FAQ-Eintrag', ref: 'faq' },
  pages: { title: 'Webseiten', one: 'Webseite', ref: 'page', api: '/api/admin/pages/' }
};
/* Where a kind is edited: /api/admin/knowledge/KIND/, pages at /api/admin/pages/. */
export function kindUrl(kind) { return KINDS[kind].api || '/api/admin/knowledge/' + kind + '/'; }

export function itemName(item) { return item.name || item.title || item.question || item.id; }

var URL_CHECK = [/^https?:\/\/\S+$/, 'eine Internetadresse, die mit https:// beginnt'];
var SYNONYMS = 'Wörter, mit denen Bürgerinnen und Bürger danach fragen, auch umgangssprachlich';

/*
 * The fields of each kind, in the order shown. Each entry makes a control (controls.js) for
 * one field of the stored item; hours and event dates write several fields.
 */
var FORMS = {
  services: function (item, refs) {
    return [
      text({ name: 'name', label: 'Bezeichnung', required: true, help: 'So heißt die Leistung für Bürgerinnen und Bürger, z. B. „Reisepass beantragen“.' }, item.name),
      list({ name: 'synonyms', label: 'Andere Wörter dafür', help: SYNONYMS + ', z. B. „Pass“, „Expresspass“.' }, item.synonyms),
      long({ name: 'summary', label: 'Kurzbeschreibung', required: true, help: 'Ein bis zwei Sätze, mit denen der Bot antwortet, z. B. „Den Reisepass beantragen Sie persönlich im Bürgerbüro.“' }, item.summary),
      fees({ name: 'fees', label: 'Gebühren', help: 'Je Gebühr ein Betrag in Euro (z. B. 37,00; 0 heißt gebührenfrei) und wofür er gilt, z. B. „ab 24 Jahren“.' }, item.fees),
      text({ name: 'feeNote', label: 'Hinweis zu den Gebühren', help: 'z. B. „Ein Expresspass kostet mehr.“' }, item.feeNote),
      list({ name: 'documents', label: 'Benötigte Unterlagen', help: 'z. B. „ein biometrisches Passfoto“.' }, item.documents),
      list({ name: 'steps', label: 'Ablauf', help: 'Die Schritte in ihrer Reihenfolge, z. B. „Termin online buchen“.' }, item.steps),
      text({ name: 'processingTime', label: 'Bearbeitungsdauer', help: 'z. B. „etwa drei bis vier Wochen“.' }, item.processingTime),
      text({ name: 'deadline', label: 'Frist', help: 'z. B. „innerhalb von zwei Wochen nach dem Einzug“.' }, item.deadline),
      text({ name: 'validity', label: 'Gültigkeit', help: 'z. B. „10 Jahre“.' }, item.validity),
      text({ name: 'online', label: 'Online-Antrag (Internetadresse)', type: 'url', pattern: URL_CHECK, help: 'z. B. https://www.ludwigsburg.de/termin' }, item.online),
      choice({ name: 'contact', label: 'Zuständige Stelle', help: 'Tippen Sie den Namen der Stelle und wählen Sie sie aus der Liste; ihre Öffnungszeiten und Anschrift nennt der Bot mit.' }, item.contact, refs.contacts),
      text({ name: 'leika', label: 'LeiKa-Schlüssel (optional)', pattern: [/^\d{14}$/, '14 Ziffern aus dem Leistungskatalog'], help: 'Die Nummer der Leistung im bundesweiten Leistungskatalog, z. B. 99102013001000.' }, item.leika),
      long({ name: 'details', label: 'Ausführliche Beschreibung', rows: 6, help: 'Wird genannt, wenn jemand genauer fragt, wie es geht.' }, item.details)
    ];
  },
  contacts: function (item) {
    return [
      text({ name: 'name', label: 'Name', required: true, help: 'Stelle oder Person, z. B. „Bürgerbüro der Stadt Ludwigsburg“.' }, item.name),
      list({ name: 'synonyms', label: 'Andere Bezeichnungen', help: SYNONYMS + ', z. B. „Bürgeramt“, „Meldeamt“.' }, item.synonyms),
      text({ name: 'role', label: 'Aufgabe oder Funktion', help: 'z. B. „Leitung der AG GIS“.' }, item.role),
      text({ name: 'organisation', label: 'Organisation', help: 'z. B. „Stadt Ludwigsburg“ oder „Landratsamt Ludwigsburg“.' }, item.organisation),
      long({ name: 'description', label: 'Beschreibung', help: 'Wofür die Stelle zuständig ist.' }, item.description),
      address({ name: 'address', label: 'Anschrift' }, item.address),
      text({ name: 'phone', label: 'Telefon', type: 'tel', help: 'z. B. 07141 910-0' }, item.phone),
      text({ name: 'fax', label: 'Fax', type: 'tel' }, item.fax),
      text({ name: 'email', label: 'E-Mail', type: 'email', pattern: [/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'eine E-Mail-Adresse wie rathaus@stadt.de'] }, item.email),
      text({ name: 'website', label: 'Internetseite', type: 'url', pattern: URL_CHECK }, item.website),
      openingHours(item)
    ];
  },
  events: function (item) {
    return [
      text({ name: 'title', label: 'Titel', required: true, help: 'z. B. „Adventsmarkt auf dem Rathausplatz“.' }, item.title),
      eventDates(item),
      text({ name: 'location', label: 'Ort', help: 'z. B. „Rathausplatz, Ludwigsburg“ oder „online“.' }, item.location),
      long({ name: 'description', label: 'Beschreibung' }, item.description),
      text({ name: 'organiser', label: 'Veranstalter' }, item.organiser),
      text({ name: 'url', label: 'Internetseite', type: 'url', pattern: URL_CHECK }, item.url),
      list({ name: 'synonyms', label: 'Andere Bezeichnungen', help: SYNONYMS + '.' }, item.synonyms)
    ];
  },
  faq: function (item) {
    return [
      text({ name: 'question', label: 'Frage', required: true, help: 'So, wie Bürgerinnen und Bürger fragen.' }, item.question),
      list({ name: 'phrasings', label: 'Andere Formulierungen der Frage' }, item.phrasings),
      markdown({ name: 'answer', label: 'Antwort', required: true }, item.answer),
      text({ name: 'url', label: 'Mehr dazu (Internetadresse)', type: 'url', pattern: URL_CHECK }, item.url)
    ];
  },
  pages: function (item) {
    return [
      text({ name: 'title', label: 'Titel', required: true }, item.title),
      text({ name: 'url', label: 'Adresse der Seite', type: 'url', pattern: URL_CHECK, help: 'Der Bot verlinkt sie, wenn er aus der Seite antwortet.' }, item.url),
      long({ name: 'text', label: 'Text', rows: 16, help: 'Markdown: # Überschrift, Absätze durch Leerzeilen, - Aufzählung. Die Überschriften teilen die Seite in Abschnitte.' }, item.text)
    ];
  }
};

var STORED_ONLY = ['id', 'version', 'updatedBy', 'updatedAt'];

export function knowledgeList(kind) {
  var meta = KINDS[kind];
  api('GET', kindUrl(kind).replace(/\/$/, '')).then(function (r) {
    var rows = (r.data || []).map(function (item) {
      return el('tr', {}, el('td', {}, el('a', { href: '#knowledge/' + kind + '/' + encodeURIComponent(item.id) }, itemName(item))),
        el('td', {}, item.id), el('td', {}, when(item.updatedAt) + ' · ' + item.updatedBy));
    });
    show(meta.title, el('h2', {}, meta.title),
      el('p', {}, el('a', { href: '#knowledge/' + kind + '/neu' }, meta.one + ' anlegen')),
      kind === 'events' ? el('p', { class: 'hint' }, 'Termine aus iCalendar-Dateien werden über Export und Import gepflegt.') : null,
      (window.rathausbotHeirs || []).length ? el('p', { class: 'notice', id: 'heirs' }, 'Diese Inhalte erben: '
        + window.rathausbotHeirs.map(function (h) { return h.name; }).join(', ')
        + '. Eine Kommune kann einen Eintrag durch einen eigenen mit derselben Kennung ersetzen.') : null,
      el('table', {}, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Name'), el('th', { scope: 'col' }, 'Kennung'),
        el('th', { scope: 'col' }, 'Zuletzt geändert'))), el('tbody', {}, rows)));
  });
}

/* The contacts, for "Zuständige Stelle". */
function references(kind) {
  if (kind !== 'services') { return Promise.resolve({}); }
  return api('GET', '/api/admin/knowledge/contacts').then(function (r) {
    return { contacts: (r.data || []).map(function (c) { return { id: c.id, name: c.name || c.id }; }) };
  });
}

export function knowledgeEditor(kind, id) {
  var meta = KINDS[kind];
  var isNew = !id;
  var load = isNew ? Promise.resolve({ status: 200, data: {} }) : api('GET', kindUrl(kind) + encodeURIComponent(id));
  Promise.all([load, references(kind)]).then(function (both) {
    var r = both[0];
    if (r.status !== 200) { show(meta.one, el('p', {}, 'Diesen Eintrag gibt es nicht (mehr).')); return; }
    var item = r.data;
    var controls = FORMS[kind](item, both[1]);
    var translations = knowledgeTranslations(kind, id, item);
    if (translations) { controls.push(translations); }
    var idControl = isNew ? text({ name: 'id', label: 'Kennung', required: true,
      pattern: [/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Kleinbuchstaben, Ziffern und Bindestriche, z. B. buergerbuero'],
      help: 'Eindeutiger Name für Verweise, nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. buergerbuero.' }) : null;
    var form = el('form', { novalidate: true, class: 'editor', onsubmit: function (e) { e.preventDefault(); save(false); } },
      idControl ? idControl.node : null,
      controls.map(function (c) { return c.node; }),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Speichern'),
        isNew ? null : el('button', { type: 'button', class: 'danger', onclick: function () { remove(false); } }, 'Löschen'),
        el('a', { href: '#knowledge/' + kind }, 'Zurück zur Liste')));
    var url = kindUrl(kind);
    show(meta.one, el('h2', {}, isNew ? meta.one + ' anlegen' : meta.one + ': ' + itemName(item)),
      isNew ? null : el('p', { class: 'hint' }, 'Kennung ' + id + ' · Version ' + item.version + ' · zuletzt '
        + when(item.updatedAt) + ' von ' + item.updatedBy),
      form,
      isNew ? null : versionsSection(url + encodeURIComponent(id) + '/versions', function () { knowledgeEditor(kind, id); }));

    /* The item to save: the fields of the form, and any stored field the form does not show. */
    function collect(outcomes) {
      var body = {};
      Object.keys(item).forEach(function (k) { if (STORED_ONLY.indexOf(k) < 0) { body[k] = item[k]; } });
      controls.forEach(function (c, i) {
        if (c.write) { c.write(body, outcomes[i]); return; }
        var value = c.read();
        if (value === undefined) { delete body[c.name]; } else { body[c.name] = value; }
      });
      return body;
    }

    function save(force) {
      clearErrors(form);
      var target;
      try { target = isNew ? idControl.read() : id; } catch (problem) { showProblem(form, problem); return; }
      Promise.all(controls.map(function (c) { return c.settle ? c.settle() : Promise.resolve({}); })).then(function (outcomes) {
        var body;
        try { body = collect(outcomes); } catch (problem) { showProblem(form, problem); return; }
        api('PUT', url + encodeURIComponent(target) + (force ? '?force=true' : ''), body).then(function (res) {
          if (res.status === 200 || res.status === 201) {
            saved(res.data, meta.one);
            if (isNew) { window.location.hash = '#knowledge/' + kind + '/' + encodeURIComponent(target); }
            else { knowledgeEditor(kind, id); }
          } else if (res.status === 409) {
            showRegressions(form, res.data, function () { save(true); });
          } else {
            showProblem(form, res.data);
          }
        });
      });
    }

    function remove(force) {
      if (!force && !window.confirm(meta.one + ' „' + itemName(item) + '“ löschen? Es lässt sich über die Versionen wiederherstellen.')) { return; }
      clearErrors(form);
      api('DELETE', url + encodeURIComponent(id) + (force ? '?force=true' : '')).then(function (res) {
        if (res.status === 204) { say('Gelöscht.'); window.location.hash = '#knowledge/' + kind; }
        else if (res.status === 409) { showRegressions(form, res.data, function () { remove(true); }); }
        else { showProblem(form, res.data); }
      });
    }
  });
}
