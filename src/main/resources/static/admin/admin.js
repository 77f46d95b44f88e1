/*
 * Rathausbot staff workspace: a small static app over /api/admin/**, as ES modules without a
 * build step: api.js, dom.js, forms.js, one module per page (pages/), try-it.js, and this one,
 * which routes. Every text from the server is inserted as text, never as HTML.
 */
import { api, chooseTenant, csrfToken, tenant } from './api.js';
import { el } from './dom.js';
import { accountPage } from './pages/account.js';
import { analyticsPage } from './pages/analytics.js';
import { firstStepsPage } from './pages/first-steps.js';
import { inboxPage } from './pages/inbox.js';
import { intentEditor, intentList } from './pages/intents.js';
import { KINDS, knowledgeEditor, knowledgeList } from './pages/knowledge.js';
import { liveChatPage } from './pages/live-chat.js';
import { testsPage } from './pages/tests.js';
import { usersPage } from './pages/users.js';
import './try-it.js';

function route() {
  var parts = (window.location.hash || '#intents').substring(1).split('/').map(decodeURIComponent);
  document.querySelectorAll('nav a').forEach(function (a) {
    var here = a.getAttribute('href') === '#' + parts.slice(0, parts[0] === 'knowledge' ? 2 : 1).join('/');
    if (here) { a.setAttribute('aria-current', 'page'); } else { a.removeAttribute('aria-current'); }
  });
  if (parts[0] === 'intents' && parts[1]) { intentEditor(parts[1] === 'neu' ? null : parts[1]); }
  else if (parts[0] === 'knowledge' && KINDS[parts[1]] && parts[2]) { knowledgeEditor(parts[1], parts[2] === 'neu' ? null : parts[2]); }
  else if (parts[0] === 'knowledge' && KINDS[parts[1]]) { knowledgeList(parts[1]); }
  else if (parts[0] === 'tests') { testsPage(); }
  else if (parts[0] === 'inbox') { inboxPage(); }
  else if (parts[0] === 'live-chat') { liveChatPage(); }
  else if (parts[0] === 'analytics') { analyticsPage(); }
  else if (parts[0] === 'users') { usersPage(); }
  else if (parts[0] === 'konto') { accountPage(); }
  else if (parts[0] === 'erste-schritte') { firstStepsPage(); }
  else { intentList(''); }
}

window.addEventListener('hashchange', function () {
  route();
  document.getElementById('main').focus();
});

document.getElementById('csrf').value = csrfToken();
api('GET', '/api/admin/me').then(function (r) {
  if (r.status === 400 && tenant()) {
    // a Kommune chosen earlier that this installation no longer serves
    chooseTenant('');
    window.location.reload();
    return;
  }
  document.getElementById('who').textContent = 'Angemeldet als ' + r.data.username + ' (' + r.data.roles.join(', ') + ')';
  showTenants(r.data.tenancy);
  document.getElementById('nav-users').hidden = r.data.roles.indexOf('ADMIN') < 0;
  if (r.data.passwordChangeRequired) { window.location.hash = '#konto'; }
  route();
});

/* Several Kommunen: a choice in the header; the whole workspace then works on the chosen one. */
function showTenants(tenancy) {
  var exportLink = document.querySelector('a[href^="/api/admin/export"]');
  exportLink.href = '/api/admin/export?tenant=' + encodeURIComponent(tenancy.current);
  window.rathausbotHeirs = tenancy.heirs;
  if (tenancy.tenants.length < 2) { return; }
  var select = el('select', { id: 'tenant-choice', onchange: function () {
    chooseTenant(select.value);
    window.location.reload();
  } }, tenancy.tenants.map(function (t) {
    return el('option', { value: t.id, selected: t.id === tenancy.current ? true : null }, t.name);
  }));
  document.getElementById('who').after(el('div', { class: 'tenant' },
    el('label', { for: 'tenant-choice' }, 'Kommune'), select));
}
