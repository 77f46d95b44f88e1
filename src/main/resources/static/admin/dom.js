/* Building the page: elements from data (text is always inserted as text), the status line. */

var main = document.getElementById('main');
var statusBox = document.getElementById('status');

/* el('p', {class: 'x'}, 'text', child): builds DOM; strings become text nodes. */
export function el(tag, attributes) {
  var node = document.createElement(tag);
  Object.keys(attributes || {}).forEach(function (key) {
    var value = attributes[key];
    if (value === null || value === undefined || value === false) { return; }
    if (key.indexOf('on') === 0) { node.addEventListener(key.substring(2), value); }
    else if (key === 'value') { node.value = value; }
    else { node.setAttribute(key, value === true ? '' : value); }
  });
  for (var i = 2; i < arguments.length; i++) {
    append(node, arguments[i]);
  }
  return node;
}

export function append(node, child) {
  if (child === null || child === undefined || child === false) { return; }
  if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
  node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
}

export function show(title) {
  main.textContent = '';
  for (var i = 1; i < arguments.length; i++) { append(main, arguments[i]); }
  document.title = title + ' – Rathausbot';
}

export function say(message) {
  statusBox.textContent = message;
  clearTimeout(say.timer);
  say.timer = setTimeout(function () { statusBox.textContent = ''; }, 8000);
}

export function when(iso) {
  var date = new Date(iso);
  return isNaN(date) ? iso : date.toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'short' });
}

export function lines(text) {
  return text.split('\n').map(function (l) { return l.trim(); }).filter(function (l) { return l; });
}

/* The answer's **bold** parts as <strong>, everything else as text. */
export function emphasized(text) {
  return text.split('**').map(function (part, i) { return i % 2 === 1 ? el('strong', {}, part) : part; });
}

export function percent(x) {
  return Math.round(x * 100) + ' %';
}
