// The menu behind the house icon at the top right of Tasklist, Cockpit and Admin names the other webapps with labels
// written in Camunda's code («Tasklist», «Cockpit», «Admin», «Welcome»), not in locales/*.json: a Vietnamese user read
// English names there while each app's header calls it «Công việc», «Giám sát», «Quản trị» (scripts/config.js
// `app.name`) and the welcome page «Trang chủ». This module gives the menu those names when the app speaks Vietnamese;
// English and German users keep Camunda's. Loaded by `customScripts` in each app's scripts/config.js (the other apps
// reach it as '../tasklist/custom/ten-ung-dung').

import { vietnamese, whenever } from './dom.js';

/** Each webapp's Vietnamese name, as its header says it; the menu's items have the app's id as class. */
export const NAMES = { tasklist: 'Công việc', cockpit: 'Giám sát', admin: 'Quản trị', welcome: 'Trang chủ' };

function rename(link) {
  const item = link.closest('li');
  const name = item && Object.keys(NAMES).find((app) => item.classList.contains(app));
  // Angular keeps the text node it interpolates ({{ app.label }}): its value is changed in place
  if (!name || link.childNodes.length !== 1 || link.firstChild.nodeType !== 3) return;
  if (link.firstChild.nodeValue.trim() !== NAMES[name]) link.firstChild.nodeValue = NAMES[name];
}

if (vietnamese()) whenever('.app-switch .dropdown-menu > li > a', rename, '__tenUngDung');

// Nothing to plug in: the module works by being loaded.
export default [];
