// Admin's authorizations page heads its table with the resource's name and then the word for authorizations
// («{{title}} {{'AUTHORIZATION_AUTHORIZATIONS' | translate}}» in Camunda's template), English word order: in
// Vietnamese it read «Ứng dụng Phân quyền», «Định nghĩa quy trình Phân quyền». This module turns it into Vietnamese
// order, «Phân quyền đối với ứng dụng». The page's list of resources on the left is sorted by Angular's orderBy,
// character codes: «Định nghĩa …» came after «Thành viên …» and «Phân quyền» before «Phạm vi …»; it is put in
// Vietnamese alphabetical order (Đ after D, a before â), when the app speaks Vietnamese. Loaded by Admin's
// `customScripts` as '../tasklist/custom/phan-quyen'.

import { vietnamese, whenever } from './dom.js';

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

const alphabetical = new Intl.Collator('vi');

/**
 * Sorts the list holding {@code link} in Vietnamese order. Each item moves with the nodes after it up to the next
 * item (ng-repeat's closing comment), so that ng-repeat finds its own items again; nothing moves once in order.
 */
function sortResources(link) {
  const list = link.closest('ul');
  if (!list) return;
  const items = [...list.children].filter((child) => child.tagName === 'LI');
  const sorted = [...items].sort((a, b) => alphabetical.compare(a.textContent.trim(), b.textContent.trim()));
  if (sorted.every((item, index) => item === items[index])) return;
  for (const item of sorted) {
    const block = [item];
    for (let node = item.nextSibling; node && node.nodeType !== 1; node = node.nextSibling) block.push(node);
    block.forEach((node) => list.appendChild(node));
  }
}

if (vietnamese()) whenever('aside li > a[href^="#/authorization"]', sortResources, '__phanQuyenThuTu');

// Nothing to plug in: the module works by being loaded.
export default [];
