/* The workspace page: live chat with citizens (queue, taken conversations, writing). */
import { api } from '../api.js';
import { el, say, show } from '../dom.js';

var CHANNELS = { web: 'Website', telegram: 'Telegram' };
var FROM = { citizen: 'Bürger/in', bot: 'Bot', staff: 'Mitarbeiter/in', note: 'Notiz' };
var timer = null;
var knownWaiting = {};
var drafts = {};

/* A short tone for a newly waiting citizen (only after the page was used: browsers allow sound then). */
function beep() {
  try {
    var audio = new (window.AudioContext || window.webkitAudioContext)();
    var tone = audio.createOscillator();
    tone.frequency.value = 880;
    tone.connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.2);
  } catch (e) { /* no sound here: the visual notice remains */ }
}

function waitedFor(seconds) {
  return seconds < 60 ? seconds + ' s' : Math.floor(seconds / 60) + ' min';
}

function transcript(lines) {
  return el('ol', { class: 'transcript', 'aria-label': 'Gesprächsverlauf' }, lines.map(function (l) {
    return el('li', { 'data-from': l.from }, el('strong', {}, (FROM[l.from] || l.from) + ': '), l.text.replace(/\*\*/g, ''));
  }));
}

function entry(c, me) {
  var act = function (path, body) {
    return api('POST', '/api/admin/handover/' + encodeURIComponent(c.conversationId) + path, body).then(function (r) {
      if (r.status >= 400) { say((r.data && r.data.error) || 'Das hat nicht geklappt.'); }
      shown = null;
      refresh();
      return r;
    });
  };
  var head = el('h3', {}, (c.state === 'waiting' ? 'Wartet seit ' + waitedFor(c.waitingSeconds) + ' (Platz ' + c.position + ')'
    : 'Im Gespräch mit ' + c.takenBy) + ' – ' + (CHANNELS[c.channel] || c.channel));
  var parts = [head, transcript(c.conversation)];
  if (c.state === 'waiting') {
    parts.push(el('div', { class: 'actions' }, el('button', { type: 'button', class: 'take',
      onclick: function () { act('/take'); } }, 'Gespräch übernehmen')));
  } else if (c.takenBy === me) {
    var id = 'reply-' + c.conversationId;
    var text = el('textarea', { id: id, rows: '2', maxlength: '2000' });
    text.value = drafts[c.conversationId] || '';
    text.addEventListener('input', function () { drafts[c.conversationId] = text.value; });
    var note = el('input', { id: 'note-' + c.conversationId, type: 'text', maxlength: '2000' });
    parts.push(el('form', { class: 'reply', onsubmit: function (e) {
      e.preventDefault();
      if (!text.value.trim()) { return; }
      act('/messages', { text: text.value }).then(function (r) { if (r.status === 201) { drafts[c.conversationId] = ''; } });
    } }, el('label', { for: id }, 'Ihre Antwort'), text, el('button', { type: 'submit' }, 'Senden')));
    parts.push(el('div', { class: 'actions' },
      el('label', { for: note.id }, 'Notiz für Kolleginnen und Kollegen (optional)'), note,
      el('button', { type: 'button', class: 'secondary', onclick: function () { act('/close', { note: note.value, backToBot: true }); } },
        'An den Bot zurückgeben'),
      el('button', { type: 'button', class: 'secondary', onclick: function () { act('/close', { note: note.value, backToBot: false }); } },
        'Gespräch beenden')));
  }
  return el('section', { class: 'live-chat ' + c.state, 'data-conversation': c.conversationId }, parts);
}

function render(o, me) {
  var waiting = o.conversations.filter(function (c) { return c.state === 'waiting'; });
  var fresh = waiting.filter(function (c) { return !knownWaiting[c.conversationId]; });
  knownWaiting = {};
  waiting.forEach(function (c) { knownWaiting[c.conversationId] = true; });
  if (fresh.length && o.available) { beep(); }
  var toggle = el('input', { type: 'checkbox', id: 'live-available', checked: o.available, onchange: function () {
    api('PUT', '/api/admin/handover/availability', { available: toggle.checked }).then(function () { shown = null; refresh(); });
  } });
  show(waiting.length ? '(' + waiting.length + ') Live-Chat' : 'Live-Chat',
    el('h2', {}, 'Live-Chat'),
    el('p', { class: 'availability' }, toggle, el('label', { for: 'live-available' }, ' Ich bin für Live-Chats erreichbar')),
    el('p', { role: 'status', class: waiting.length ? 'notice' : '' },
      (o.withinHours ? 'Live-Chat-Zeit. ' : 'Außerhalb der Live-Chat-Zeiten: der Bot bietet keinen Live-Chat an. ')
      + o.staffAvailable + ' erreichbar, ' + waiting.length + ' warten.'),
    o.conversations.length ? o.conversations.map(function (c) { return entry(c, me); })
      : el('p', {}, 'Gerade wartet niemand.'),
    o.callbacks.length ? el('section', { 'aria-label': 'Rückrufwünsche' }, el('h3', {}, 'Rückrufwünsche'),
      el('ul', {}, o.callbacks.map(function (cb) {
        return el('li', {}, cb.name + ', ' + cb.phone + ' (' + new Date(cb.requestedAt).toLocaleString('de-DE') + ') ',
          el('button', { type: 'button', class: 'secondary', onclick: function () {
            api('POST', '/api/admin/handover/callbacks/' + encodeURIComponent(cb.id) + '/done').then(function () { shown = null; refresh(); });
          } }, 'Erledigt (löschen)'));
      }))) : null);
}

var me = null;
var shown = null;
var shownAt = 0;

/* What the page shows, without the waiting times that change every second. */
function content(o) {
  return JSON.stringify(o, function (key, value) { return key === 'waitingSeconds' ? undefined : value; });
}

function refresh() {
  if (window.location.hash !== '#live-chat') { clearInterval(timer); timer = null; document.title = 'Rathausbot'; return; }
  var active = document.activeElement && document.activeElement.id;
  api('GET', '/api/admin/handover').then(function (r) {
    if (r.status !== 200) { return; }
    // drawn again only when something changed (and every 30 s for the waiting times): a
    // redraw must not disturb someone reading or typing
    var now = Date.now();
    if (content(r.data) === shown && now - shownAt < 30000) { return; }
    shown = content(r.data);
    shownAt = now;
    render(r.data, me);
    var again = active && document.getElementById(active);
    if (again) {
      again.focus();
      if (again.setSelectionRange && again.type !== 'checkbox') { again.setSelectionRange(again.value.length, again.value.length); }
    }
  });
}

export function liveChatPage() {
  shown = null;
  api('GET', '/api/admin/me').then(function (r) {
    me = r.data.username;
    refresh();
    if (!timer) { timer = setInterval(refresh, 3000); }
  });
}
