// Link "Sổ khen thưởng" in Tasklist's navbar (SPEC §7.1): opens the award registry page
// (/so-khen-thuong/) for the Office. A plain ES module, loaded by `customScripts` in
// scripts/config.js. The link appears only when /api/registry answers 200 for the logged-in user:
// it answers 403 to everybody outside the Office, so they never see it.

import { el } from './dom.js';

const PAGE = '/so-khen-thuong/';
const LABEL = 'Sổ khen thưởng';

/** The <li> Tasklist wraps around every navbar action; hidden with us so no empty gap remains. */
function item(node) {
  return node && typeof node.closest === 'function' ? node.closest('li') : null;
}

function setVisible(node, visible) {
  node.style.display = visible ? '' : 'none';
  const li = item(node);
  if (li) li.style.display = visible ? '' : 'none';
}

async function mayRead(signal) {
  const year = new Date().getFullYear();
  const response = await fetch('/api/registry?year=' + encodeURIComponent(year), {
    method: 'GET',
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
    signal
  });
  return response.status === 200;
}

// One entry per rendered link, so that a logout (Tasklist drops the navbar items) stops its check.
const mounted = new Set();

export default {
  id: 'so-khen-thuong',
  pluginPoint: 'tasklist.navbar.action',
  priority: 50,
  render(node) {
    const state = { node, controller: new AbortController() };
    const { signal } = state.controller;
    mounted.add(state);

    node.textContent = '';
    node.style.display = 'none';
    mayRead(signal).then((allowed) => {
      if (signal.aborted) return;
      if (allowed) {
        node.appendChild(el('a', { href: PAGE, id: 'so-khen-thuong-link',
          title: 'Sổ theo dõi khen thưởng của Văn phòng Sở' }, [
          el('span', { className: 'glyphicon glyphicon-book', 'aria-hidden': 'true' }),
          ' ',
          el('span', { text: LABEL })
        ]));
      }
      setVisible(node, allowed);
    }).catch((failure) => {
      // No link when the check fails: the page itself would answer the same.
      if (signal.aborted) return;
      setVisible(node, false);
      console.warn('Sổ khen thưởng: không kiểm tra được quyền xem sổ.', failure);
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
