// Tasklist shows a task's tenant id at the top right of the task's header. A nomination's tenant is its
// unit (UnitTenancy), and the id is the unit's code ("qldd"), which our users do not read. This module
// writes the unit's name there instead («Phòng Quản lý đất đai»), read from the open task's own variable
// `unitName` once per code; the code stays in the tooltip. When the variable cannot be read, the code stays.
// Loaded by `customScripts` in scripts/config.js.

import { engineApi, getJson, selectedTask, whenever } from './dom.js';

const LABEL = '.task-card .tenant-id';

/** unit code -> its name (string), a read under way (Promise), or null when it could not be read. */
const names = new Map();

/** The text node Angular writes the tenant id into. */
function textOf(label) {
  for (const node of label.childNodes) {
    if (node.nodeType === 3 && node.nodeValue.trim()) return node;
  }
  return null;
}

function relabel(label) {
  const node = textOf(label);
  if (!node) return;
  const shown = node.nodeValue.trim();
  if (label.getAttribute('data-unit-name') === shown) return;
  const name = names.get(shown);
  if (typeof name === 'string') {
    label.setAttribute('data-unit-name', name);
    node.nodeValue = name;
    return;
  }
  const task = selectedTask(window.location.hash);
  if (names.has(shown) || !task) return;
  names.set(shown, getJson(engineApi() + '/task/' + encodeURIComponent(task) + '/variables/unitName')
    .then((response) => (response.ok ? response.json() : null))
    .then((variable) => {
      const value = variable && typeof variable.value === 'string' ? variable.value.trim() : '';
      names.set(shown, value || null);
      document.querySelectorAll(LABEL).forEach(relabel);
    })
    .catch(() => names.set(shown, null)));
}

whenever(LABEL, relabel, '__donViVi');

// Nothing to plug in: the module works by being loaded.
export default [];
