// Helpers the Tasklist plugins and our own pages share: building elements without HTML, a button asked twice, a GET
// of JSON with the session, the webapp session's CSRF token and the Vietnamese message of an /api error (ho-so.js, thong-bao.js,
// /de-nghi-cua-don-vi/, /so-khen-thuong/); following elements Angular rewrites (loi.js,
// don-vi.js, dau-hai-cham.js, chi-xem.js, thao-tac.js, bang-quyet-dinh.js); the engine's API, the open task and the
// logged-in user (don-vi.js, chi-xem.js, huong-dan.js); whether the webapps speak Vietnamese (ten-ung-dung.js,
// phan-quyen.js, thao-tac.js).

/** An element with attributes ('text' sets textContent, never HTML) and children. */
export function el(tag, attributes, children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') element.textContent = String(value);
    else if (name === 'className') element.className = value;
    else if (name === 'style') element.style.cssText = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children || []) {
    if (child !== null && child !== undefined) {
      element.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
  }
  return element;
}

/**
 * A button that asks again in its place before an action that cannot be undone: pressed, it gives way to an optional
 * {@code question}, the {@code confirm} button and «Thôi» (which puts it back); {@code act(confirmButton)} runs on
 * the second press. {@code classes}: {ask, confirm, cancel}. Returns the element to put in the page.
 */
export function askedTwice({ label, question, confirm, classes, act }) {
  const holder = el('span', { className: 'asked-twice' });
  const ask = el('button', { type: 'button', className: classes.ask, text: label });
  ask.addEventListener('click', () => {
    const yes = el('button', { type: 'button', className: classes.confirm, text: confirm });
    const no = el('button', { type: 'button', className: classes.cancel, text: 'Thôi' });
    no.addEventListener('click', () => holder.replaceChildren(ask));
    yes.addEventListener('click', () => act(yes));
    holder.replaceChildren(...(question ? [el('span', { text: question }), ' '] : []), yes, ' ', no);
    yes.focus();
  });
  holder.appendChild(ask);
  return holder;
}

function cookie(name) {
  for (const part of document.cookie ? document.cookie.split(';') : []) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch (malformed) {
        return part.slice(index + 1).trim();
      }
    }
  }
  return '';
}

/** A GET of JSON with the webapp session's cookies; {@code signal} (optional) aborts it. Answers the Response. */
export function getJson(url, signal) {
  return fetch(url, { method: 'GET', credentials: 'same-origin', headers: { Accept: 'application/json' }, signal });
}

/** The token non-GET calls of the webapp session need in X-XSRF-TOKEN. */
export function csrfToken(api) {
  return (api && api.CSRFToken) || cookie('XSRF-TOKEN');
}

/** The {"message": "..."} of an /api error answer, or the fallback. */
export async function errorMessage(response, fallback) {
  try {
    const body = await response.json();
    if (body && typeof body.message === 'string' && body.message.trim()) return body.message;
  } catch (notJson) {
    // fall through
  }
  return fallback;
}

/** One of the webapp's API roots that its <base> names ('engine-api', 'admin-api'), without the final slash. */
function apiRoot(attribute, fallback) {
  const base = document.querySelector('base');
  return ((base && base.getAttribute(attribute)) || fallback).replace(/\/$/, '');
}

/** The engine Tasklist shows, by its address (/camunda/app/tasklist/<engine>/). */
function engineName() {
  return (window.location.pathname.match(/\/app\/tasklist\/([^/]+)\//) || [])[1] || 'default';
}

/** The engine's REST API as the webapp session reaches it (/camunda/api/engine/engine/<engine>). */
export function engineApi() {
  return apiRoot('engine-api', '/camunda/api/engine/') + '/engine/' + encodeURIComponent(engineName());
}

/** The logged-in user's id, as the webapp session knows it (the admin API's auth/user/<engine>); null if unknown. */
export async function loggedInUser(signal) {
  const response = await getJson(apiRoot('admin-api', '/camunda/api/admin/') + '/auth/user/' +
    encodeURIComponent(engineName()), signal);
  const user = response.ok ? await response.json() : null;
  return user && typeof user.userId === 'string' ? user.userId : null;
}

/** The task open in Tasklist: its id is in the address, after "#/?...task=". */
export function selectedTask(hash) {
  const at = hash.indexOf('?');
  return at < 0 ? null : new URLSearchParams(hash.slice(at + 1)).get('task');
}

/**
 * Calls {@code handle(element)} for every element matching {@code selector} that appears in the page, and
 * again whenever its text or children change (Angular rewrites them in place). {@code key} keeps a module
 * loaded twice from observing twice.
 */
export function whenever(selector, handle, key) {
  if (typeof MutationObserver === 'undefined' || window[key]) return;
  window[key] = true;
  const all = (root) => {
    if (!root || !root.querySelectorAll) return;
    if (root.matches && root.matches(selector)) handle(root);
    for (const element of root.querySelectorAll(selector)) handle(element);
  };
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const target = mutation.target.nodeType === 1 ? mutation.target : mutation.target.parentElement;
      const matching = target && target.closest ? target.closest(selector) : null;
      if (matching) handle(matching);
      for (const node of mutation.addedNodes) {
        if (node.nodeType === 1) all(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  all(document);
}

/**
 * Whether the webapp shows its Vietnamese text, by Camunda's own rule: the browser's first language when it is one of
 * the app's {@code locales.availableLocales} (scripts/config.js), else its {@code fallbackLocale}. For the words that
 * Camunda writes in its code rather than in locales/*.json, which English and German users keep.
 */
export function vietnamese() {
  const config = window.camTasklistConf || window.camCockpitConf || window.camAdminConf || window.camWelcomeConf || {};
  const locales = config.locales || {};
  const available = locales.availableLocales || ['vi'];
  const navigator = window.navigator;
  const first = ((Array.isArray(navigator.languages) ? navigator.languages[0] : navigator.language) || '')
    .split('-')[0].toLowerCase();
  return (available.includes(first) ? first : locales.fallbackLocale || 'vi') === 'vi';
}
