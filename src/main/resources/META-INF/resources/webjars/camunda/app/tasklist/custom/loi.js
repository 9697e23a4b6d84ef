// Tasklist loads a task's parts through a dependency helper that prefixes any failure with the name of
// the part: "<task> <- Không tìm thấy: …". Tasklist recognises only the engine's English "No matching task"
// and shows anything else as it came, the prefix in the heading (HTML-escaped: "&lt;task&gt; &lt;- … :") and
// in the text. This happens whenever a task leaves the list under the user's eyes: completed by a colleague,
// or ended with its process (a session whose nominations were all withdrawn). This module rewrites such
// an error notification: a Vietnamese heading, and the server's Vietnamese message without the prefix
// (dau-hai-cham.js takes out the space before the heading's colon).
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

function rewrite(alert) {
  const status = alert.querySelector('.status');
  const message = alert.querySelector('.message');
  if (!status || !message) return;
  const changed = rewritten(status.textContent || '', message.textContent || '');
  if (changed) {
    status.textContent = changed.status;
    message.textContent = changed.message;
  }
}

whenever('.notifications .alert', rewrite, '__loiVi');

// Nothing to plug in: the module works by being loaded.
export default [];
