// Tasklist loads a task's parts through a dependency helper that prefixes any failure with the name of
// the part: "<task> <- Không tìm thấy: …". Tasklist recognises only the engine's English "No matching task"
// and shows anything else as it came, the prefix in the heading (HTML-escaped: "&lt;task&gt; &lt;- … :") and
// in the text. This happens whenever a task leaves the list under the user's eyes: completed by a colleague,
// or ended with its process (a session whose nominations were all withdrawn). This module rewrites such
// an error notification: a Vietnamese heading, and the server's Vietnamese message without the prefix; and
// in every notification it takes out the space Tasklist leaves before the heading's colon.
// Loaded by `customScripts` in scripts/config.js.

import { whenever } from './dom.js';

const PREFIX = /^\s*(?:<|&lt;)([A-Za-z]+)(?:>|&gt;)\s*(?:<|&lt;)-\s*/;

const HEADINGS = {
  task: 'Không mở được việc này'
};

/** The notification's heading and text for a prefixed failure of part {@code name}, or null. */
export function rewritten(status, message) {
  const inStatus = status.match(PREFIX);
  const inMessage = message.match(PREFIX);
  const match = inStatus || inMessage;
  if (!match) return null;
  const text = (inMessage ? message.slice(inMessage[0].length) : message).trim()
    || status.slice(inStatus[0].length).replace(/\s*:\s*$/, '').trim();
  return { status: HEADINGS[match[1]] || 'Không tải được dữ liệu', message: text };
}

/** Vietnamese puts no space before a colon: Tasklist's template has one between the heading and ":". */
function joinColon(status) {
  const spaces = [];
  for (let node = status.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 3 && !node.nodeValue.trim()) spaces.push(node);
    else if (node.nodeType === 1) {
      if ((node.textContent || '').trim() === ':') spaces.forEach((space) => space.remove());
      return;
    }
  }
}

function rewrite(alert) {
  const status = alert.querySelector('.status');
  const message = alert.querySelector('.message');
  if (!status || !message) return;
  joinColon(status);
  const changed = rewritten(status.textContent || '', message.textContent || '');
  if (changed) {
    status.textContent = changed.status;
    message.textContent = changed.message;
  }
}

whenever('.notifications .alert', rewrite, '__loiVi');

// Nothing to plug in: the module works by being loaded.
export default [];
