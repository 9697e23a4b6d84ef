// Admin's authorizations page heads its table with the resource's name and then the word for authorizations
// («{{title}} {{'AUTHORIZATION_AUTHORIZATIONS' | translate}}» in Camunda's template), English word order: in
// Vietnamese it read «Ứng dụng Phân quyền», «Định nghĩa quy trình Phân quyền». This module turns it into Vietnamese
// order, «Phân quyền đối với ứng dụng». Loaded by Admin's `customScripts` as '../tasklist/custom/phan-quyen'.

import { whenever } from './dom.js';

const WORD = 'Phân quyền';
const VIETNAMESE = WORD + ' đối với ';

/** «Ứng dụng Phân quyền» → «Phân quyền đối với ứng dụng»; anything else (English, already turned) is left alone. */
export function vietnameseOrder(heading) {
  const text = heading.trim();
  if (!text.endsWith(' ' + WORD) || text.startsWith(VIETNAMESE)) return null;
  const resource = text.slice(0, -WORD.length).trim();
  return resource ? VIETNAMESE + resource.charAt(0).toLocaleLowerCase('vi') + resource.slice(1) : null;
}

function turn(heading) {
  const turned = vietnameseOrder(heading.textContent || '');
  // Angular keeps the text node it interpolates: its value is changed in place, for Angular to rewrite it again
  if (turned && heading.childNodes.length === 1 && heading.firstChild.nodeType === 3) heading.firstChild.nodeValue = turned;
}

whenever('.section-content > header h3', turn, '__phanQuyen');

// Nothing to plug in: the module works by being loaded.
export default [];
