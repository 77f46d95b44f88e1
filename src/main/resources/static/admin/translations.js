/*
 * Translations in the editors. A knowledge item: which of the bot's languages it has (complete,
 * in part with the fields still German, missing), and per language the translatable fields with
 * the German text beside each; a service also its text in Leichte Sprache. An intent: its answer
 * per language and in Leichte Sprache. Each is a control of the editor's form (controls.js), saved
 * with the item.
 */
import { api } from './api.js';
import { el } from './dom.js';
import { list, long, text } from './controls.js';

/* The bot's languages besides German (answer texts ship for them), with their German names. */
export var LANGUAGES = { en: 'Englisch', tr: 'Türkisch', uk: 'Ukrainisch', ar: 'Arabisch' };

function languageName(code) { return LANGUAGES[code] ? LANGUAGES[code] + ' (' + code + ')' : code; }

/* The translatable fields of each kind: [field, label, control]. */
var FIELDS = {
  services: [['name', 'Bezeichnung', text], ['synonyms', 'Andere Wörter dafür', list], ['summary', 'Kurzbeschreibung', long],
    ['fees', 'Wofür die Gebühren gelten', 'fees'], ['feeNote', 'Hinweis zu den Gebühren', text],
    ['documents', 'Benötigte Unterlagen', list], ['steps', 'Ablauf', list], ['processingTime', 'Bearbeitungsdauer', text],
    ['deadline', 'Frist', text], ['validity', 'Gültigkeit', text], ['online', 'Online-Antrag in dieser Sprache (Internetadresse)', text],
    ['details', 'Ausführliche Beschreibung', long]],
  contacts: [['name', 'Name', text], ['synonyms', 'Andere Bezeichnungen', list], ['role', 'Aufgabe oder Funktion', text],
    ['organisation', 'Organisation', text], ['description', 'Beschreibung', long]],
  events: [['title', 'Titel', text], ['synonyms', 'Andere Bezeichnungen', list], ['location', 'Ort', text],
    ['description', 'Beschreibung', long]],
  faq: [['question', 'Frage', text], ['phrasings', 'Andere Formulierungen der Frage', list], ['answer', 'Antwort', long]]
};

var STATUS = { complete: 'vollständig übersetzt', partial: 'teilweise übersetzt', missing: 'nicht übersetzt' };

function german(value) {
  if (Array.isArray(value)) { return value.join(' · '); }
  return value === undefined || value === null ? '' : String(value);
}

/* The fee conditions of one language: a line per fee, the German condition as its label. */
function feeConditions(name, fees, values) {
  var inputs = (fees || []).map(function (fee, i) {
    var input = el('input', { type: 'text', id: 'f-' + name.replace(/\./g, '-') + '-' + i, autocomplete: 'off',
      value: values && values[i] ? values[i] : '' });
    return el('div', { class: 'field' }, el('label', { for: input.id }, (fee.amount || '') + ' € – „' + (fee.condition || 'ohne Bedingung') + '“'), input);
  });
  return { name: name, node: el('fieldset', { class: 'fees-translation' }, el('legend', {}, 'Wofür die Gebühren gelten'), inputs),
    read: function () {
      var conditions = inputs.map(function (d) { return d.querySelector('input').value.trim(); });
      var given = conditions.filter(function (c) { return c; }).length;
      if (given && given < conditions.length) {
        throw { field: name, error: 'bitte für jede Gebühr angeben, wofür sie gilt – oder alle leer lassen' };
      }
      return given ? conditions : undefined;
    } };
}

/*
 * The translations of a knowledge item, as one control: a status table (from the server: what
 * the bot shows in German) and a collapsible part per language.
 */
export function knowledgeTranslations(kind, id, item) {
  var fields = FIELDS[kind];
  if (!fields) { return null; }
  var stored = item.translations || {};
  var codes = Object.keys(LANGUAGES).concat(Object.keys(stored).filter(function (c) { return !LANGUAGES[c]; }));
  var status = el('div', { class: 'translation-status', 'aria-live': 'polite' });
  var parts = codes.map(function (code) {
    var own = stored[code] || {};
    var controls = fields.filter(function (f) { return f[0] in item || f[0] === 'synonyms' || f[0] === 'name' || f[0] === 'title'; })
      .map(function (f) {
        var name = 'translations.' + code + '.' + f[0];
        if (f[2] === 'fees') { return (item.fees || []).length ? feeConditions(name, item.fees, own.fees) : null; }
        var hint = german(item[f[0]]) ? 'Deutsch: ' + german(item[f[0]]) : null;
        return f[2]({ name: name, label: f[1], help: hint }, own[f[0]]);
      }).filter(function (c) { return c; });
    var summary = el('summary', {}, languageName(code));
    return { code: code, controls: controls, summary: summary,
      node: el('details', { class: 'translation', lang: code, dir: code === 'ar' ? 'rtl' : null },
        summary, controls.map(function (c) { return c.node; })) };
  });
  var easy = kind === 'services' ? long({ name: 'leichteSprache', label: 'Text in Leichter Sprache', rows: 6,
    help: 'Kurze Sätze, ein Gedanke pro Satz, lange Wörter mit Bindestrich (Bürger-Büro). Wer im Chat „Leichte Sprache“ einschaltet, bekommt diesen Text; Gebühren und Unterlagen stehen auf der Karte darunter.' }, item.leichteSprache) : null;

  if (id) {
    api('GET', '/api/admin/knowledge/' + kind + '/' + encodeURIComponent(id) + '/translations').then(function (r) {
      if (r.status !== 200) { return; }
      var labels = {};
      fields.forEach(function (f) { labels[f[0]] = f[1]; });
      status.appendChild(el('table', { class: 'translations' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Sprache'), el('th', { scope: 'col' }, 'Stand'))),
        el('tbody', {}, r.data.languages.map(function (l) {
          return el('tr', {}, el('th', { scope: 'row' }, languageName(l.language)),
            el('td', { class: 'translation-' + l.status }, STATUS[l.status] + (l.germanFields.length
              ? ' – noch deutsch: ' + l.germanFields.map(function (f) { return labels[f] || f; }).join(', ') : '')));
        }).concat(kind === 'services' ? [el('tr', {}, el('th', { scope: 'row' }, 'Leichte Sprache'),
          el('td', { class: r.data.leichteSprache ? 'translation-complete' : 'translation-missing' },
            r.data.leichteSprache ? 'vorhanden' : 'fehlt'))] : []))));
    });
  }

  return { name: 'translations',
    node: el('section', { class: 'translations', 'aria-labelledby': 'translations-heading' },
      el('h3', { id: 'translations-heading' }, 'Übersetzungen'),
      el('p', { class: 'hint' }, 'Fragt jemand in einer dieser Sprachen, antwortet der Bot mit den übersetzten Feldern; '
        + 'was fehlt, zeigt er auf Deutsch mit einem Hinweis. Beträge, Adressen und Zeiten brauchen keine Übersetzung.'),
      status, parts.map(function (p) { return p.node; }), easy ? easy.node : null),
    write: function (body) {
      var translations = {};
      Object.keys(stored).forEach(function (c) { translations[c] = stored[c]; });
      parts.forEach(function (p) {
        var one = {};
        p.controls.forEach(function (c) {
          var value = c.read();
          if (value !== undefined) { one[c.name.substring(c.name.lastIndexOf('.') + 1)] = value; }
        });
        if (Object.keys(one).length) { translations[p.code] = one; } else { delete translations[p.code]; }
      });
      if (Object.keys(translations).length) { body.translations = translations; } else { delete body.translations; }
      if (easy) {
        var text = easy.read();
        if (text) { body.leichteSprache = text; } else { delete body.leichteSprache; }
      }
    } };
}

/* An intent's answer and title in other languages and its answer in Leichte Sprache, as one control. */
export function intentTranslations(intent) {
  var stored = intent.translations || {};
  var codes = Object.keys(LANGUAGES).concat(Object.keys(stored).filter(function (c) { return !LANGUAGES[c]; }));
  var parts = codes.map(function (code) {
    var own = stored[code];
    var answerText = own && typeof own === 'object' ? own.answer : own;
    var titleText = own && typeof own === 'object' ? own.title : undefined;
    var title = text({ name: 'titles.' + code, label: 'Titel auf ' + languageName(code),
      help: 'So heißt der Knopf, wenn der Bot in dieser Sprache antwortet.' }, titleText);
    var answer = long({ name: 'translations.' + code, label: 'Antwort auf ' + languageName(code)
      + (answerText ? '' : ' – fehlt'), rows: 3 }, answerText);
    return { code: code, title: title, answer: answer, missing: !answerText,
      node: el('fieldset', { class: 'translation', lang: code, dir: code === 'ar' ? 'rtl' : null },
        el('legend', {}, languageName(code)), title.node, answer.node) };
  });
  var easy = long({ name: 'leichteSprache', label: 'Antwort in Leichter Sprache' + (intent.leichteSprache ? '' : ' – fehlt'), rows: 4,
    help: 'Kurze Sätze, ein Gedanke pro Satz. Wer im Chat „Leichte Sprache“ einschaltet, bekommt diesen Text.' }, intent.leichteSprache);
  var missing = parts.filter(function (p) { return p.missing; }).map(function (p) { return languageName(p.code); });
  return {
    node: el('details', { class: 'translations' },
      el('summary', {}, 'Übersetzungen der Antwort' + (missing.length ? ' (fehlt: ' + missing.join(', ') + ')' : ' (alle Sprachen)')),
      el('p', { class: 'hint' }, 'Ohne Übersetzung antwortet der Bot in dieser Sprache mit dem deutschen Text.'),
      parts.map(function (p) { return p.node; }), easy.node),
    read: function () {
      var translations = {};
      var titles = {};
      parts.forEach(function (p) {
        var a = p.answer.read();
        var t = p.title.read();
        if (a) { translations[p.code] = a; }
        if (t) { titles[p.code] = t; }
      });
      return { translations: translations, titles: titles, leichteSprache: easy.read() || '' };
    }
  };
}
