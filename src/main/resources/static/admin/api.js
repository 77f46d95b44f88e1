/* The workspace API: requests signed with the session cookie and the CSRF token. */

export function csrfToken() {
  var cookie = document.cookie.split('; ').filter(function (c) { return c.indexOf('XSRF-TOKEN=') === 0; })[0];
  return cookie ? decodeURIComponent(cookie.substring(11)) : '';
}

/* The Kommune (tenant) the workspace works on, chosen in the header; none: the account's first. */
export function tenant() {
  try { return sessionStorage.getItem('rathausbot-tenant') || ''; } catch (e) { return ''; }
}

export function chooseTenant(id) {
  try { sessionStorage.setItem('rathausbot-tenant', id); } catch (e) { /* blocked storage: stays on the first */ }
}

/* A request to the admin API; resolves to {status, data}. A lost session goes to the sign-in. */
export function api(method, url, body) {
  var headers = { 'Accept': 'application/json' };
  if (tenant()) {
    headers['X-Rathausbot-Tenant'] = tenant();
  }
  if (method !== 'GET') {
    headers['X-XSRF-TOKEN'] = csrfToken();
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  return fetch(url, {
    method: method, headers: headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body)
  }).then(function (response) {
    if (response.status === 401) {
      window.location.href = '/admin/login';
      return new Promise(function () {});
    }
    return response.text().then(function (text) {
      var data = null;
      try { data = text ? JSON.parse(text) : null; } catch (e) { data = { error: text }; }
      if (response.status === 403 && data && data.passwordChangeRequired && window.location.hash !== '#konto') {
        window.location.hash = '#konto';
      }
      return { status: response.status, data: data };
    });
  });
}
