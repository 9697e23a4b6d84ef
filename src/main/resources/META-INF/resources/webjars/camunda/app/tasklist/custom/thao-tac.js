// A few words of Cockpit are written in Camunda's templates and code, not in locales/*.json: the header «Actions» over
// the buttons of a process instance's variables (the other tables say «Thao tác» through keys such as
// PLUGIN_VARIABLE_ACTION), «Download» / «Upload» beside a file variable, the tooltips of the diagram's zoom buttons
// («zoom in», «zoom out», «reset zoom»), and two tooltips shown on hover: the processes page's «Toggle this section»
// and a diagram's «Suspended Job Definition». This module gives them the Vietnamese words the locale file has for
// the same things when the app speaks Vietnamese; English and German users keep Camunda's. Loaded by Cockpit's
// `customScripts` as '../tasklist/custom/thao-tac'.

import { vietnamese, whenever } from './dom.js';

/** Whole texts of the variables table, by the English Camunda writes. */
export const WORDS = {
  Actions: 'Thao tác',
  Download: 'Tải xuống',
  Upload: 'Tải lên'
};

/** Tooltips, the diagram's buttons' (title) and those shown on hover (.tooltip-inner). */
export const TOOLTIPS = {
  'zoom in': 'Phóng to',
  'zoom out': 'Thu nhỏ',
  'reset zoom': 'Hiện toàn bộ sơ đồ',
  'Toggle this section': 'Ẩn/hiện mục này',
  'Suspended Job Definition': 'Định nghĩa tác vụ nền đã tạm dừng'
};

function has(words, english) {
  return Object.prototype.hasOwnProperty.call(words, english);
}

function translate(element) {
  if (element.matches('.navigation button')) {
    const title = element.getAttribute('title');
    if (has(TOOLTIPS, title)) element.setAttribute('title', TOOLTIPS[title]);
    return;
  }
  // one text node, as Angular leaves it: «Actions», «Download», a tooltip's text
  const text = element.childNodes.length === 1 && element.firstChild.nodeType === 3 ? element.firstChild : null;
  const english = text && text.nodeValue.trim();
  const words = element.matches('.tooltip-inner') ? TOOLTIPS : WORDS;
  if (english && has(words, english)) text.nodeValue = text.nodeValue.replace(english, words[english]);
}

if (vietnamese()) {
  whenever('[cam-widget-variables-table] > table > thead td.actions, [cam-widget-variables-table] td.col-value a,'
    + ' .navigation button[title], .tooltip-inner', translate, '__thaoTac');
}

// Nothing to plug in: the module works by being loaded.
export default [];
