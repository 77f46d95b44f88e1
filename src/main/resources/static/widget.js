/*
 * Rathausbot web widget. Embed on any page:
 *   <script src="https://BOT-HOST/widget.js" defer data-title="Frag Ludwigsburg" data-color="#004f9f" data-lang="de"></script>
 * On an installation of several Kommunen, data-tenant="kornwestheim" names the Kommune.
 * With data-markdown-only it only defines window.RathausbotMarkdown (the answer renderer, for previews).
 * No framework, no cookies, no requests except to the bot. The conversation lives in sessionStorage
 * (this tab only). Everything is built with DOM methods and textContent: no HTML from answers or
 * users is ever parsed.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__rathausbot) {
    return;
  }
  window.__rathausbot = true;
  var bot = new URL(script.src, location.href).origin;
  var data = script.dataset;
  var TEXTS = {
    de: {
      open: 'Chat öffnen', close: 'Chat schließen', reset: 'Neues Gespräch', label: 'Ihre Frage',
      placeholder: 'z. B. Wann hat das Rathaus geöffnet?', send: 'Senden', log: 'Gesprächsverlauf',
      typing: 'schreibt …', welcome: 'Hallo! Ich beantworte Fragen zu Leistungen, Öffnungszeiten, Kontakten und Veranstaltungen der Stadt.',
      privacy: 'Ihre Fragen werden ohne Namen oder IP-Adresse gespeichert, um den Dienst zu verbessern. Bitte geben Sie keine persönlichen Daten ein.',
      privacyLink: 'Datenschutz', unreachable: 'Der Server ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.',
      retry: 'Erneut versuchen', error: 'Das hat nicht geklappt.', helpful: 'Hilfreich', unhelpful: 'Nicht hilfreich',
      thanks: 'Danke für Ihre Rückmeldung.', you: 'Sie', sources: 'Quellen', newTab: '(öffnet in neuem Tab)',
      quick: 'Vorschläge', erase: 'Gespräch löschen', erased: 'Das Gespräch ist gelöscht, auch auf dem Server.',
      staff: 'Mitarbeiterin / Mitarbeiter der Stadt', name: 'Ihr Name', phone: 'Ihre Telefonnummer',
      consent: 'Ich bin einverstanden, dass die Stadt Name und Telefonnummer für den Rückruf speichert (gelöscht nach dem Rückruf, spätestens nach einigen Tagen).',
      request: 'Rückruf anfordern', requested: 'Danke – wir rufen Sie zurück.', easy: 'Leichte Sprache'
    },
    en: {
      open: 'Open chat', close: 'Close chat', reset: 'New conversation', label: 'Your question',
      placeholder: 'e.g. When is the town hall open?', send: 'Send', log: 'Conversation',
      typing: 'is typing …', welcome: 'Hello! I answer questions about the city\'s services, opening hours, contacts and events.',
      privacy: 'Your questions are stored without names or IP addresses to improve the service. Please do not enter personal data.',
      privacyLink: 'Privacy', unreachable: 'The server cannot be reached right now. Please try again in a moment.',
      retry: 'Try again', error: 'That did not work.', helpful: 'Helpful', unhelpful: 'Not helpful',
      thanks: 'Thank you for your feedback.', you: 'You', sources: 'Sources', newTab: '(opens in a new tab)',
      quick: 'Suggestions', erase: 'Delete conversation', erased: 'The conversation has been deleted, also on the server.',
      staff: 'City staff', name: 'Your name', phone: 'Your phone number',
      consent: 'I agree that the city stores my name and phone number for the call back (deleted after the call, at the latest after a few days).',
      request: 'Request a call back', requested: 'Thank you – we will call you back.'
    },
    tr: {
      open: 'Sohbeti aç', close: 'Sohbeti kapat', reset: 'Yeni sohbet', label: 'Sorunuz',
      placeholder: 'ör. Belediye binası ne zaman açık?', send: 'Gönder', log: 'Sohbet geçmişi',
      typing: 'yazıyor …', welcome: 'Merhaba! Şehrin hizmetleri, çalışma saatleri, iletişim bilgileri ve etkinlikleri hakkındaki sorularınızı yanıtlıyorum.',
      privacy: 'Sorularınız, hizmeti iyileştirmek için adınız veya IP adresiniz olmadan kaydedilir. Lütfen kişisel bilgilerinizi yazmayın.',
      privacyLink: 'Gizlilik', unreachable: 'Sunucuya şu anda ulaşılamıyor. Lütfen birazdan tekrar deneyin.',
      retry: 'Tekrar dene', error: 'Bu işe yaramadı.', helpful: 'Yararlı', unhelpful: 'Yararlı değil',
      thanks: 'Geri bildiriminiz için teşekkürler.', you: 'Siz', sources: 'Kaynaklar', newTab: '(yeni sekmede açılır)',
      quick: 'Öneriler', erase: 'Sohbeti sil', erased: 'Sohbet silindi, sunucuda da.',
      staff: 'Belediye çalışanı', name: 'Adınız', phone: 'Telefon numaranız',
      consent: 'Belediyenin geri arama için adımı ve telefon numaramı saklamasını kabul ediyorum (aramadan sonra, en geç birkaç gün içinde silinir).',
      request: 'Geri arama iste', requested: 'Teşekkürler – sizi geri arayacağız.'
    },
    uk: {
      open: 'Відкрити чат', close: 'Закрити чат', reset: 'Нова розмова', label: 'Ваше запитання',
      placeholder: 'напр. Коли працює ратуша?', send: 'Надіслати', log: 'Історія розмови',
      typing: 'пише …', welcome: 'Вітаю! Я відповідаю на запитання про послуги міста, години роботи, контакти та події.',
      privacy: 'Ваші запитання зберігаються без імені та IP-адреси, щоб покращити сервіс. Будь ласка, не вводьте особисті дані.',
      privacyLink: 'Захист даних', unreachable: 'Сервер зараз недоступний. Спробуйте, будь ласка, трохи пізніше.',
      retry: 'Спробувати ще раз', error: 'Не вдалося.', helpful: 'Корисно', unhelpful: 'Не корисно',
      thanks: 'Дякуємо за відгук.', you: 'Ви', sources: 'Джерела', newTab: '(відкривається в новій вкладці)',
      quick: 'Пропозиції', erase: 'Видалити розмову', erased: 'Розмову видалено, також на сервері.',
      staff: 'Працівник міської адміністрації', name: 'Ваше ім’я', phone: 'Ваш номер телефону',
      consent: 'Я погоджуюся, що місто зберігає моє ім’я та номер телефону для зворотного дзвінка (видаляються після дзвінка, щонайпізніше через кілька днів).',
      request: 'Замовити зворотний дзвінок', requested: 'Дякуємо – ми вам зателефонуємо.'
    },
    ar: {
      open: 'افتح المحادثة', close: 'أغلق المحادثة', reset: 'محادثة جديدة', label: 'سؤالك',
      placeholder: 'مثلاً: متى تفتح البلدية؟', send: 'إرسال', log: 'سجل المحادثة',
      typing: 'يكتب …', welcome: 'مرحباً! أجيب عن الأسئلة حول خدمات المدينة ومواعيد العمل وجهات الاتصال والفعاليات.',
      privacy: 'تُحفظ أسئلتك دون اسم أو عنوان IP لتحسين الخدمة. من فضلك لا تكتب بيانات شخصية.',
      privacyLink: 'حماية البيانات', unreachable: 'الخادم غير متاح الآن. يرجى المحاولة مرة أخرى بعد قليل.',
      retry: 'حاول مرة أخرى', error: 'لم ينجح ذلك.', helpful: 'مفيد', unhelpful: 'غير مفيد',
      thanks: 'شكراً على ملاحظتك.', you: 'أنت', sources: 'المصادر', newTab: '(يفتح في علامة تبويب جديدة)',
      quick: 'اقتراحات', erase: 'احذف المحادثة', erased: 'تم حذف المحادثة، على الخادم أيضاً.',
      staff: 'موظف في البلدية', name: 'اسمك', phone: 'رقم هاتفك',
      consent: 'أوافق على أن تحفظ المدينة اسمي ورقم هاتفي لمعاودة الاتصال (يُحذفان بعد الاتصال، وفي موعد أقصاه بضعة أيام).',
      request: 'اطلب معاودة الاتصال', requested: 'شكراً – سنعاود الاتصال بك.'
    }
  };
  // the page's (or data-lang's) language where the widget has its texts, else German; a text
  // missing in a language is shown in German
  var lang = (data.lang || document.documentElement.lang || 'de').toLowerCase().split('-')[0];
  lang = TEXTS[lang] ? lang : 'de';
  var T = Object.assign({}, TEXTS.de, TEXTS[lang]);
  var rtl = lang === 'ar';
  var title = data.title || 'Rathausbot';
  var privacyUrl = safeUrl(data.privacyUrl || '/datenschutz.html');
  var KEY = 'rathausbot:' + bot + (data.tenant ? ':' + data.tenant : '');
  var state = load();
  var busy = false;

  // --- colours: a readable text colour for the configured one, and a darker one for text on white
  function rgb(hex) {
    var m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((hex || '').trim());
    if (!m) {
      return [0, 79, 159];
    }
    var h = m[1].length === 3 ? m[1].replace(/./g, '$&$&') : m[1];
    return [0, 2, 4].map(function (i) { return parseInt(h.substr(i, 2), 16); });
  }
  function luminance(c) {
    var v = c.map(function (x) { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
  }
  function contrast(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }
  function css(c) { return 'rgb(' + c.join(',') + ')'; }
  var brand = rgb(data.color);
  var onBrand = contrast(brand, [255, 255, 255]) >= contrast(brand, [0, 0, 0]) ? [255, 255, 255] : [0, 0, 0];
  var ink = brand.slice();
  while (contrast(ink, [255, 255, 255]) < 4.5) {
    ink = ink.map(function (x) { return Math.floor(x * 0.9); });
  }

  // --- storage: this tab only, no cookies
  function load() {
    try {
      var s = JSON.parse(sessionStorage.getItem(KEY));
      if (s && Array.isArray(s.messages)) {
        return s;
      }
    } catch (e) { /* a broken or blocked store starts afresh */ }
    return { conversationId: null, messages: [], open: false };
  }
  function save() {
    try {
      sessionStorage.setItem(KEY, JSON.stringify(state));
    } catch (e) { /* storage full or blocked: the conversation still works */ }
  }

  // --- DOM helpers
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') {
        node.textContent = attrs[k];
      } else if (k.indexOf('on') === 0) {
        node.addEventListener(k.substring(2), attrs[k]);
      } else if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) {
        node.setAttribute(k, attrs[k] === true ? '' : attrs[k]);
      }
    });
    (children || []).forEach(function (c) { if (c) { node.appendChild(c); } });
    return node;
  }
  function safeUrl(url) {
    try {
      var u = new URL(url, bot);
      return /^(https?|mailto|tel):$/.test(u.protocol) ? u.href : null;
    } catch (e) {
      return null;
    }
  }
  function link(text, url) {
    var href = safeUrl(url);
    if (!href) {
      return document.createTextNode(text);
    }
    var external = /^https?:/.test(href);
    return el('a', { href: href, target: external ? '_blank' : null, rel: external ? 'noopener noreferrer' : null }, [
      document.createTextNode(text),
      external ? el('span', { 'class': 'sr', text: ' ' + T.newTab }) : null
    ]);
  }

  // --- the Markdown subset: **bold**, [links](url), bare URLs, "- " and "1. " lists, paragraphs
  var INLINE = /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)|(https?:\/\/[^\s)]+[^\s).,;:!?])/g;
  function inline(parent, text) {
    var last = 0, m;
    INLINE.lastIndex = 0;
    while ((m = INLINE.exec(text)) !== null) {
      parent.appendChild(document.createTextNode(text.substring(last, m.index)));
      if (m[1] !== undefined) {
        parent.appendChild(el('strong', { text: m[1] }));
      } else if (m[2] !== undefined) {
        parent.appendChild(link(m[2], m[3]));
      } else {
        parent.appendChild(link(m[4], m[4]));
      }
      last = INLINE.lastIndex;
    }
    parent.appendChild(document.createTextNode(text.substring(last)));
    return parent;
  }
  function markdown(text) {
    var box = el('div', { 'class': 'text' });
    String(text).split(/\n{2,}/).forEach(function (block) {
      var list = null, para = null;
      block.split('\n').forEach(function (line) {
        var m = /^\s*(?:[-*•]|(\d+)\.)\s+(.*)$/.exec(line);
        if (m) {
          var type = m[1] ? 'ol' : 'ul';
          if (!list || list.tagName.toLowerCase() !== type) {
            list = box.appendChild(el(type));
          }
          list.appendChild(inline(el('li'), m[2]));
          para = null;
        } else if (line.trim()) {
          list = null;
          if (para) {
            para.appendChild(el('br'));
          } else {
            para = box.appendChild(el('p'));
          }
          inline(para, line);
        }
      });
    });
    return box;
  }

  // --- only the answer renderer (data-markdown-only): the staff workspace previews answers with it
  if (data.markdownOnly !== undefined) {
    window.__rathausbot = false;
    window.RathausbotMarkdown = markdown;
    return;
  }

  // --- the widget
  var host = el('div', { id: 'rathausbot-widget' });
  var root = host.attachShadow({ mode: 'open' });
  var style = el('style', { text: [
    ':host{all:initial}',
    '*{box-sizing:border-box;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}',
    '.launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;border:0;border-radius:28px;padding:14px 20px;font-size:16px;font-weight:600;cursor:pointer;background:' + css(brand) + ';color:' + css(onBrand) + ';box-shadow:0 2px 8px rgba(0,0,0,.3)}',
    'button:focus-visible,a:focus-visible,input:focus-visible{outline:3px solid ' + css(ink) + ';outline-offset:2px}',
    '.launcher:focus-visible,.head button:focus-visible{outline-color:#fff;box-shadow:0 0 0 5px ' + css(ink) + '}',
    '.panel{position:fixed;right:20px;bottom:84px;z-index:2147483001;width:380px;max-width:calc(100vw - 40px);height:560px;max-height:calc(100vh - 104px);display:flex;flex-direction:column;background:#fff;color:#1a1a1a;border-radius:12px;box-shadow:0 4px 24px rgba(0,0,0,.3);overflow:hidden;font-size:15px;line-height:1.45}',
    '.panel[hidden]{display:none}',
    '.launcher.rtl,.panel.rtl{right:auto;left:20px}',
    '.head{display:flex;flex-wrap:wrap;align-items:center;gap:6px;padding:10px 12px;background:' + css(brand) + ';color:' + css(onBrand) + '}',
    '.head h2{flex:1;margin:0;font-size:17px}',
    '.head button{background:transparent;color:inherit;border:1px solid currentColor;border-radius:6px;padding:5px 8px;font-size:14px;cursor:pointer}',
    '.head button[aria-pressed=true]{background:' + css(onBrand) + ';color:' + css(brand) + '}',
    '.log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:10px;background:#f6f7f9}',
    '.msg{max-width:88%;padding:8px 12px;border-radius:10px;word-wrap:break-word}',
    '.msg p{margin:0 0 6px}.msg p:last-child{margin-bottom:0}.msg ul,.msg ol{margin:4px 0 6px;padding-inline-start:20px}',
    '.user{align-self:flex-end;background:' + css(brand) + ';color:' + css(onBrand) + '}',
    '.bot,.notice{align-self:flex-start;background:#fff;border:1px solid #d0d4da}',
    '.notice{font-size:14px}.error{border-color:#b00020;color:#8a0018}',
    'a{color:' + css(ink) + '}.user a{color:inherit}',
    '.card{margin-top:8px;padding:8px 10px;border:1px solid #d0d4da;border-radius:8px;background:#fafbfc}',
    '.card h3{margin:0 0 4px;font-size:15px}.card dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:2px 8px}.card dt{font-weight:600}.card dd{margin:0;overflow-wrap:anywhere}',
    '.msg form.callback{display:grid;gap:4px;margin-top:8px}',
    '.msg form.callback input[type=checkbox]{width:auto}',
    '.msg.live .who{display:block;font-size:.8em;font-weight:600;margin-bottom:2px}',
    '.msg .links{margin:6px 0 0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:4px 12px}',
    '.quick{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}',
    '.quick button,.retry,.fb button{border:1px solid ' + css(ink) + ';color:' + css(ink) + ';background:#fff;border-radius:16px;padding:5px 12px;font-size:14px;cursor:pointer}',
    '.fb{display:flex;gap:6px;margin-top:6px;align-items:center;font-size:13px;color:#4a4f57}',
    '.fb button{padding:3px 10px;line-height:0}.fb button[aria-pressed=true]{background:' + css(ink) + ';color:#fff}',
    '.typing{padding:0 12px 6px;font-size:13px;color:#4a4f57;min-height:1.4em;background:#f6f7f9}',
    '.typing span{display:inline-block;animation:blink 1.2s infinite}',
    '@keyframes blink{50%{opacity:.3}}',
    'form{display:flex;flex-wrap:wrap;gap:6px;padding:10px 12px;border-top:1px solid #d0d4da}',
    'label{width:100%;font-size:13px;font-weight:600;color:#30343a}',
    'input{flex:1;min-width:0;padding:9px 10px;font-size:16px;border:1px solid #767b84;border-radius:6px;color:#1a1a1a}',
    'form button{border:0;border-radius:6px;padding:9px 14px;font-size:15px;font-weight:600;cursor:pointer;background:' + css(brand) + ';color:' + css(onBrand) + '}',
    '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}',
    '@media (max-width:480px){.panel{right:0;bottom:0;width:100%;max-width:100%;height:100%;max-height:100%;border-radius:0}}',
    '@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important;scroll-behavior:auto!important}}'
  ].join('\n') });
  var launcher = el('button', { type: 'button', 'class': rtl ? 'launcher rtl' : 'launcher', dir: rtl ? 'rtl' : null,
    lang: lang, 'aria-expanded': 'false', 'aria-controls': 'rb-panel',
    onclick: function () { toggle(!state.open); } }, [document.createTextNode(title)]);
  launcher.setAttribute('aria-label', title + ' – ' + T.open);
  var log = el('div', { 'class': 'log', role: 'log', 'aria-live': 'polite', 'aria-label': T.log, tabindex: '0' });
  var typing = el('div', { 'class': 'typing', role: 'status' });
  var input = el('input', { id: 'rb-input', type: 'text', maxlength: '1000', autocomplete: 'off', placeholder: T.placeholder });
  var form = el('form', { onsubmit: function (e) { e.preventDefault(); send(input.value); } }, [
    el('label', { 'for': 'rb-input', text: T.label }), input, el('button', { type: 'submit', text: T.send })
  ]);
  var panel = el('div', { id: 'rb-panel', 'class': rtl ? 'panel rtl' : 'panel', dir: rtl ? 'rtl' : 'ltr', role: 'dialog',
    'aria-modal': 'true', 'aria-labelledby': 'rb-title', hidden: true, lang: lang, onkeydown: keys }, [
    el('div', { 'class': 'head' }, [
      el('h2', { id: 'rb-title', text: title }),
      lang === 'de' ? el('button', { type: 'button', 'class': 'easy', text: T.easy, 'aria-pressed': String(!!state.easy),
        onclick: function (e) {
          // answers in Leichte Sprache where the city wrote them (language de-x-ls)
          state.easy = !state.easy;
          e.currentTarget.setAttribute('aria-pressed', String(state.easy));
          save();
        } }) : null,
      el('button', { type: 'button', 'class': 'reset', text: T.reset, onclick: reset }),
      el('button', { type: 'button', 'class': 'reset erase', text: T.erase, onclick: erase }),
      el('button', { type: 'button', 'class': 'close', 'aria-label': T.close, text: '✕', onclick: function () { toggle(false); } })
    ]),
    log, typing, form
  ]);
  root.appendChild(style);
  root.appendChild(launcher);
  root.appendChild(panel);

  function toggle(open) {
    state.open = open;
    save();
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    if (open) {
      input.focus();
      log.scrollTop = log.scrollHeight;
    } else {
      launcher.focus();
    }
  }

  /** Escape closes; Tab stays inside the open panel. */
  function keys(e) {
    if (e.key === 'Escape') {
      e.preventDefault();
      toggle(false);
      return;
    }
    if (e.key !== 'Tab') {
      return;
    }
    var focusable = Array.prototype.filter.call(panel.querySelectorAll('button,a[href],input,[tabindex="0"]'),
      function (n) { return !n.disabled && n.getClientRects().length; });
    var first = focusable[0], last = focusable[focusable.length - 1];
    var active = root.activeElement;
    if (e.shiftKey && active === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  }

  function welcome() {
    log.appendChild(el('div', { 'class': 'msg bot' }, [el('p', { text: T.welcome })]));
    var note = el('div', { 'class': 'msg notice' }, [document.createTextNode(T.privacy + ' ')]);
    if (privacyUrl) {
      note.appendChild(link(T.privacyLink, privacyUrl));
    }
    log.appendChild(note);
  }

  function card(c) {
    var list = el('dl');
    (c.facts || []).forEach(function (f) {
      list.appendChild(el('dt', { text: f.label }));
      list.appendChild(el('dd', null, [f.href ? link(f.value, f.href) : document.createTextNode(f.value)]));
    });
    var links = el('ul', { 'class': 'links' });
    (c.links || []).forEach(function (l) { links.appendChild(el('li', null, [link(l.title, l.url)])); });
    return el('div', { 'class': 'card card-' + c.kind }, [el('h3', { text: c.title }), list, links.children.length ? links : null]);
  }

  function feedback(message, helpful, box) {
    if (!state.conversationId) {
      return;
    }
    fetch(bot + '/api/chat/feedback', {
      method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ conversationId: state.conversationId, messageId: message.reply.messageId, helpful: helpful })
    }).then(function (r) {
      if (r.ok) {
        message.helpful = helpful;
        save();
        box.replaceWith(feedbackBox(message, true));
      }
    }).catch(function () { /* feedback is optional */ });
  }

  /** A thumb drawn as SVG (no emoji font needed), up or down. */
  function thumb(up) {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '16');
    svg.setAttribute('height', '16');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    if (!up) {
      svg.setAttribute('transform', 'rotate(180)');
    }
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('fill', 'currentColor');
    path.setAttribute('d', 'M2 21h4V9H2v12zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.4-1.1L13.2 1 6.6 7.6C6.2 8 6 8.5 6 9v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z');
    svg.appendChild(path);
    return svg;
  }

  function feedbackBox(message, thanked) {
    var box = el('div', { 'class': 'fb' });
    [[true, T.helpful], [false, T.unhelpful]].forEach(function (b) {
      var button = el('button', { type: 'button', 'aria-label': b[1], title: b[1], 'aria-pressed': String(message.helpful === b[0]) }, [thumb(b[0])]);
      button.addEventListener('click', function () { feedback(message, b[0], box); });
      box.appendChild(button);
    });
    if (thanked) {
      box.appendChild(el('span', { role: 'status', text: T.thanks }));
    }
    return box;
  }

  function render(message) {
    if (message.who === 'live') {
      // a live chat: a person of the staff, or the bot's notice about the live chat
      var who = message.from === 'staff' ? T.staff : title;
      return el('div', { 'class': 'msg bot live', 'data-from': message.from }, [
        el('span', { 'class': message.from === 'staff' ? 'who' : 'sr', text: who + (message.from === 'staff' ? '' : ': ') }),
        markdown(message.text)]);
    }
    if (message.who === 'user') {
      return el('div', { 'class': 'msg user' }, [el('span', { 'class': 'sr', text: T.you + ': ' }), markdown(message.text)]);
    }
    var reply = message.reply;
    var node = el('div', { 'class': 'msg bot', 'data-intent': reply.intent || '' }, [el('span', { 'class': 'sr', text: title + ': ' }), markdown(reply.text)]);
    if (reply.generated) {
      // phrased by the city's language model: its text names its sources and says so
      node.setAttribute('data-generated', 'true');
    }
    (reply.cards || []).forEach(function (c) { node.appendChild(card(c)); });
    var cardLinks = {};
    (reply.cards || []).forEach(function (c) { (c.links || []).forEach(function (l) { cardLinks[l.url] = true; }); });
    var sources = reply.generated ? [] : (reply.sources || []).filter(function (s) { return !cardLinks[s.url]; });
    if (sources.length) {
      var list = el('ul', { 'class': 'links', 'aria-label': T.sources });
      sources.forEach(function (s) { list.appendChild(el('li', null, [link(s.title, s.url)])); });
      node.appendChild(list);
    }
    if ((reply.quickReplies || []).length) {
      var quick = el('div', { 'class': 'quick', role: 'group', 'aria-label': T.quick });
      reply.quickReplies.forEach(function (q) {
        quick.appendChild(el('button', { type: 'button', text: q, onclick: function () {
          if (q === CALLBACK) { callbackForm(node); } else { send(q); }
        } }));
      });
      node.appendChild(quick);
    }
    if (reply.messageId && !reply.handover) {
      // notices about a live chat are no answers to rate
      node.appendChild(feedbackBox(message, false));
    }
    return node;
  }

  function add(message) {
    state.messages.push(message);
    save();
    log.appendChild(render(message));
    log.scrollTop = log.scrollHeight;
  }

  function problem(text, retryText) {
    var node = el('div', { 'class': 'msg bot error', role: 'alert' }, [el('p', { text: text })]);
    if (retryText) {
      node.appendChild(el('button', { type: 'button', 'class': 'retry', text: T.retry, onclick: function () {
        node.remove();
        ask(retryText);
      } }));
    }
    log.appendChild(node);
    log.scrollTop = log.scrollHeight;
  }

  function send(text) {
    text = (text || '').trim();
    if (!text || busy) {
      return;
    }
    input.value = '';
    add({ who: 'user', text: text });
    ask(text);
  }

  function ask(text) {
    busy = true;
    typing.textContent = title + ' ' + T.typing;
    fetch(bot + '/api/chat', {
      method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: text, conversationId: state.conversationId || undefined, tenant: data.tenant || undefined,
        language: state.easy ? 'de-x-ls' : undefined })
    }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    }).then(function (res) {
      if (res.ok) {
        state.conversationId = res.body.conversationId;
        if (res.body.text) {
          add({ who: 'bot', reply: res.body, helpful: null });
        }
        if (res.body.handover) {
          listen();
        } else if (state.live) {
          stopListening();
        }
      } else {
        problem(T.error + ' ' + (res.body && res.body.error ? res.body.error : ''), null);
      }
    }).catch(function () {
      problem(T.unreachable, text);
    }).then(function () {
      busy = false;
      typing.textContent = '';
    });
  }

  /* The quick reply that asks for a call back (name and phone number only with consent). */
  var CALLBACK = 'Rückruf anfordern';

  function callbackForm(after) {
    if (!state.conversationId || after.querySelector('form.callback')) {
      return;
    }
    var name = el('input', { id: 'rb-cb-name', type: 'text', autocomplete: 'name', maxlength: '200', required: 'required' });
    var phone = el('input', { id: 'rb-cb-phone', type: 'tel', autocomplete: 'tel', maxlength: '30', required: 'required' });
    var consent = el('input', { id: 'rb-cb-consent', type: 'checkbox', required: 'required' });
    var status = el('p', { role: 'status' });
    var form = el('form', { 'class': 'callback' }, [
      el('label', { 'for': 'rb-cb-name', text: T.name }), name,
      el('label', { 'for': 'rb-cb-phone', text: T.phone }), phone,
      el('p', null, [consent, el('label', { 'for': 'rb-cb-consent', text: ' ' + T.consent })]),
      el('button', { type: 'submit', text: T.request }), status]);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      fetch(bot + '/api/chat/' + encodeURIComponent(state.conversationId) + '/callback', {
        method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: name.value, phone: phone.value, consent: consent.checked })
      }).then(function (r) {
        if (r.status === 201) {
          form.textContent = '';
          form.appendChild(el('p', { role: 'status', text: T.requested }));
        } else {
          return r.json().then(function (b) { status.textContent = T.error + ' ' + (b.error || ''); });
        }
      }).catch(function () { status.textContent = T.unreachable; });
    });
    after.appendChild(form);
    name.focus();
  }

  /*
   * Live chat with a person of the staff: their messages (and the bot's notices) arrive as
   * Server-Sent Events, or by polling where EventSource is missing or refused.
   */
  var source = null;
  var poller = null;

  function listen() {
    if (!state.live) {
      state.live = { after: null };
      save();
    }
    if (source || poller) {
      return;
    }
    var base = bot + '/api/chat/' + encodeURIComponent(state.conversationId);
    if (window.EventSource) {
      source = new EventSource(base + '/events' + (state.live.after ? '?after=' + encodeURIComponent(state.live.after) : ''));
      source.addEventListener('message', function (e) { received(JSON.parse(e.data)); });
      source.onerror = function () {
        if (source && source.readyState === 2) {
          // refused (not reconnecting): poll instead
          source = null;
          poll(base);
        }
      };
    } else {
      poll(base);
    }
  }

  function poll(base) {
    poller = setInterval(function () {
      fetch(base + '/messages' + (state.live && state.live.after ? '?after=' + encodeURIComponent(state.live.after) : ''),
        { credentials: 'omit' }).then(function (r) { return r.ok ? r.json() : []; })
        .then(function (list) { list.forEach(received); }).catch(function () { /* again in a moment */ });
    }, 4000);
  }

  function received(m) {
    if (!state.live || (state.live.after && m.messageId <= state.live.after)) {
      return;
    }
    state.live.after = m.messageId;
    if (m.from !== 'citizen') {
      add({ who: 'live', from: m.from, text: m.text });
    }
    if (m.ends) {
      stopListening();
    }
    save();
  }

  function stopListening() {
    if (source) { source.close(); source = null; }
    if (poller) { clearInterval(poller); poller = null; }
    state.live = null;
    save();
  }

  /** Deletes the conversation on the server too ("Gespräch löschen"), then starts afresh. */
  function erase() {
    if (!state.conversationId) {
      reset();
      typing.textContent = T.erased;
      return;
    }
    fetch(bot + '/api/chat/' + encodeURIComponent(state.conversationId), { method: 'DELETE', credentials: 'omit' })
      .then(function (r) {
        if (!r.ok && r.status !== 404) {
          throw new Error(String(r.status));
        }
        reset();
        typing.textContent = T.erased;
      }).catch(function () {
        problem(T.unreachable, null);
      });
  }

  function reset() {
    stopListening();
    // a new conversation keeps the choice of Leichte Sprache
    state = { conversationId: null, messages: [], open: true, easy: state.easy };
    save();
    log.textContent = '';
    welcome();
    input.focus();
  }

  welcome();
  state.messages.forEach(function (m) { log.appendChild(render(m)); });
  if (state.live && state.conversationId) {
    // a reload during a live chat: go on listening where it stopped
    listen();
  }
  (document.body || document.documentElement).appendChild(host);
  if (state.open) {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
  }
}());
