// Vietnamese puts no space before a colon: the notification template that Tasklist, Admin, Cockpit and the
// welcome page share has one between a notification's heading and its ":" («Thành công :»). This module
// takes it out of every notification. Loaded by `customScripts` in each app's scripts/config.js (the other
// apps reach it as '../tasklist/custom/dau-hai-cham').

import { whenever } from './dom.js';

/** Removes the blank text between the heading ({@code .status}) and the element holding only ":". */
function joinColon(alert) {
  const status = alert.querySelector('.status');
  if (!status) return;
  const spaces = [];
  for (let node = status.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 3 && !node.nodeValue.trim()) spaces.push(node);
    else if (node.nodeType === 1) {
      if ((node.textContent || '').trim() === ':') spaces.forEach((space) => space.remove());
      return;
    }
  }
}

whenever('.notifications .alert', joinColon, '__dauHaiCham');

// Nothing to plug in: the module works by being loaded.
export default [];
