// Cockpit marks a field without a value with a grey «null» (class null-value): the parent process instance of an
// instance that has none, the data scope (tenant) of a decision definition without one, as all of ours, a job
// without a due date. Most of these words are locale keys (PROCESS_DEFINITION_NULL, … in cockpit/locales/vi.json:
// «(không có)»); these few are written in Camunda's templates. This module gives them the same Vietnamese words
// when the app speaks Vietnamese; English and German users keep «null». Loaded by Cockpit's `customScripts` as
// '../tasklist/custom/khong-co'.

import { vietnamese, whenever } from './dom.js';

/** The words of cockpit/locales/vi.json's *_NULL keys. */
export const NONE = '(không có)';

function rename(marker) {
  // a marker made of one text node «null» only: the variables table's «<null>» (a value of type Null) is left alone
  if (marker.childNodes.length === 1 && marker.firstChild.nodeType === 3 && marker.firstChild.nodeValue.trim() === 'null') {
    marker.firstChild.nodeValue = NONE;
  }
}

if (vietnamese()) whenever('.null-value', rename, '__khongCo');

// Nothing to plug in: the module works by being loaded.
export default [];
