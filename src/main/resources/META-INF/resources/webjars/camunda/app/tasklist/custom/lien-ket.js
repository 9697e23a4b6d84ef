// A link in Tasklist's navbar to one of our own pages («Sổ khen thưởng», «Đề nghị của đơn vị»). It appears only
// when the page's API answers 200 for the logged-in user: it answers 403 to everybody the page is not for, so they
// never see the link. Used by the plain ES modules that `customScripts` in scripts/config.js loads.

import { el, getJson } from './dom.js';

/** The <li> Tasklist wraps around every navbar action; hidden with us so no empty gap remains. */
function item(node) {
  return node && typeof node.closest === 'function' ? node.closest('li') : null;
}

function setVisible(node, visible) {
  node.style.display = visible ? '' : 'none';
  const li = item(node);
  if (li) li.style.display = visible ? '' : 'none';
}

/** The probe's answer when it is 200 (its JSON when {@code read}, otherwise true), null otherwise. */
async function mayRead(probe, read, signal) {
  const response = await getJson(probe(), signal);
  if (response.status !== 200) return null;
  if (!read) return true;
  try {
    return await response.json();
  } catch (notJson) {
    return true;
  }
}

/**
 * The navbar plugin for the page at {@code page}: {@code probe()} gives the API address whose 200 shows the link,
 * {@code icon} a glyphicon's name; {@code label} and {@code title} are texts, or functions of the probe's answer.
 */
export function navbarLink({ id, page, label, title, icon, priority, probe }) {
  // One entry per rendered link, so that a logout (Tasklist drops the navbar items) stops its check.
  const mounted = new Set();
  return {
    id,
    pluginPoint: 'tasklist.navbar.action',
    priority,
    render(node) {
      const state = { node, controller: new AbortController() };
      const { signal } = state.controller;
      mounted.add(state);

      node.textContent = '';
      node.style.display = 'none';
      const read = typeof label === 'function' || typeof title === 'function';
      mayRead(probe, read, signal).then((answer) => {
        if (signal.aborted) return;
        const allowed = answer !== null;
        if (allowed) {
          const text = (value) => (typeof value === 'function' ? value(answer) : value);
          node.appendChild(el('a', { href: page, id: id + '-link', title: text(title) }, [
            el('span', { className: 'glyphicon ' + icon, 'aria-hidden': 'true' }),
            ' ',
            el('span', { text: text(label) })
          ]));
        }
        setVisible(node, allowed);
      }).catch((failure) => {
        // No link when the check fails: the page itself would answer the same.
        if (signal.aborted) return;
        setVisible(node, false);
        console.warn(page + ': không kiểm tra được quyền xem trang.', failure);
      }).finally(() => mounted.delete(state));
    },
    // Called without arguments; stop the checks whose link is no longer on the page.
    unmount() {
      setTimeout(() => {
        for (const state of Array.from(mounted)) {
          if (!state.node.isConnected) {
            state.controller.abort();
            mounted.delete(state);
          }
        }
      }, 0);
    }
  };
}
