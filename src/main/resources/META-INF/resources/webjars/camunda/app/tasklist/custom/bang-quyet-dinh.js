// Cockpit shows a decision table (its definition's page, and each evaluation with the rules that matched) through
// dmn-js, whose words are not in locales/*.json: «View DRD», «Hit policy: First», the columns' «When» / «And» / «Then»,
// «Annotations», and tooltips such as «Input type» or the hit policy's explanation. This module gives them Vietnamese
// words when the app speaks Vietnamese; English and German users keep dmn-js's. The hit policy keeps Camunda's name,
// as Camunda Modeler and the DMN files write it, with its meaning beside it: «FIRST (quy tắc khớp đầu tiên)», and
// the whole explanation as its tooltip. Loaded by Cockpit's `customScripts` as '../tasklist/custom/bang-quyet-dinh'.

import { vietnamese, whenever } from './dom.js';

/** dmn-js's hit policies by the label it shows: Camunda's name, its meaning in a few words, the whole explanation. */
export const HIT_POLICIES = {
  Unique: ['UNIQUE', 'chỉ một quy tắc khớp', 'Các quy tắc không chồng lấn nhau: chỉ một quy tắc có thể khớp.'],
  First: ['FIRST', 'quy tắc khớp đầu tiên',
    'Các quy tắc có thể chồng lấn: chọn quy tắc khớp đầu tiên theo thứ tự trong bảng.'],
  Priority: ['PRIORITY', 'quy tắc ưu tiên nhất',
    'Các quy tắc có thể chồng lấn: chọn quy tắc có mức ưu tiên cao nhất.'],
  Any: ['ANY', 'các quy tắc khớp cho cùng kết quả',
    'Các quy tắc có thể chồng lấn, nhưng các quy tắc khớp phải cho cùng một kết quả.'],
  Collect: ['COLLECT', 'gom mọi quy tắc khớp', 'Gom kết quả của mọi quy tắc khớp.'],
  'Collect (Sum)': ['COLLECT SUM', 'cộng các kết quả',
    'Gom kết quả của mọi quy tắc khớp và cộng lại thành một giá trị.'],
  'Collect (Min)': ['COLLECT MIN', 'kết quả nhỏ nhất', 'Gom kết quả của mọi quy tắc khớp và lấy giá trị nhỏ nhất.'],
  'Collect (Max)': ['COLLECT MAX', 'kết quả lớn nhất', 'Gom kết quả của mọi quy tắc khớp và lấy giá trị lớn nhất.'],
  'Collect (Count)': ['COLLECT COUNT', 'đếm số quy tắc khớp', 'Gom kết quả của mọi quy tắc khớp và đếm số quy tắc đó.'],
  'Rule order': ['RULE ORDER', 'theo thứ tự quy tắc',
    'Gom kết quả của mọi quy tắc khớp, theo thứ tự các quy tắc trong bảng.'],
  'Output order': ['OUTPUT ORDER', 'theo thứ tự ưu tiên của kết quả',
    'Gom kết quả của mọi quy tắc khớp, theo thứ tự ưu tiên giảm dần của kết quả.']
};

/** Whole texts of the table's header and buttons. */
export const WORDS = {
  'View DRD': 'Xem sơ đồ DRD',
  'Hit policy:': 'Chính sách kết quả:',
  When: 'Khi',
  And: 'Và',
  Then: 'Thì',
  Annotations: 'Ghi chú'
};

/** Tooltips of the columns' headers and of the DRD's name, whole or before a column's own label or expression. */
export const TOOLTIPS = {
  'Input label: ': 'Nhãn đầu vào: ',
  'Input expression: ': 'Biểu thức đầu vào: ',
  'Input values': 'Các giá trị đầu vào cho phép',
  'Input type': 'Kiểu dữ liệu đầu vào',
  'Output label': 'Nhãn kết quả',
  'Output name': 'Tên kết quả',
  'Output values': 'Các giá trị kết quả cho phép',
  'Output type': 'Kiểu dữ liệu kết quả',
  'Definition name': 'Tên định nghĩa',
  'Definition ID': 'ID định nghĩa'
};

const EXPLANATIONS = new Map(Object.values(HIT_POLICIES).map(([name, , explanation]) => [name, explanation]));

/** Replaces the value of {@code node} (a text node) when it is one of {@code words}' keys, keeping its spacing. */
function retext(node, words) {
  if (!node || node.nodeType !== 3) return;
  const english = node.nodeValue.trim();
  if (Object.prototype.hasOwnProperty.call(words, english)) {
    node.nodeValue = node.nodeValue.replace(english, words[english]);
  }
}

function retitle(element) {
  const title = element.getAttribute('title');
  if (!title) return;
  // «Input label: » and «Input expression: » come before the column's own words
  const english = Object.keys(TOOLTIPS)
    .find((start) => title === start || (start.endsWith(': ') && title.startsWith(start)));
  if (english) element.setAttribute('title', TOOLTIPS[english] + title.slice(english.length));
}

function translate(element) {
  if (element.matches('.hit-policy')) {
    retext(element.querySelector('.dms-label') && element.querySelector('.dms-label').firstChild, WORDS);
    const value = element.querySelector('.hit-policy-value');
    const policy = value && value.childNodes.length === 1 && HIT_POLICIES[value.textContent.trim()];
    if (policy) value.textContent = policy[0] + ' (' + policy[1] + ')';
    // the tooltip explains the policy shown, whichever it is
    const shown = value && value.textContent.replace(/ \(.*$/, '');
    if (EXPLANATIONS.has(shown) && element.getAttribute('title') !== EXPLANATIONS.get(shown)) {
      element.setAttribute('title', EXPLANATIONS.get(shown));
    }
  } else if (element.matches('.clause, th.annotation, .view-drd-button')) {
    // Cockpit adds the evaluated value after «When» (<span class="dmn-input">): only the first text node is a word
    retext(element.firstChild, WORDS);
    if (element.matches('th.annotation')) retext(element.lastChild, WORDS);
  } else {
    retitle(element);
  }
}

if (vietnamese()) {
  whenever('.tjs-container .hit-policy, .tjs-container th .clause, .tjs-container th.annotation, .view-drd-button,'
    + ' .tjs-container th [title], .dmn-definitions [title]', translate, '__bangQuyetDinh');
}

// Nothing to plug in: the module works by being loaded.
export default [];
