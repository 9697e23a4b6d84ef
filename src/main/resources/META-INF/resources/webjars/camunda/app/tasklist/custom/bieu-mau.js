// Camunda Forms (form-js) in the 7.24 Tasklist has its own English texts, outside the webapp's
// locale files: validation errors, the select's placeholder, an empty table. This module watches the
// page and puts them in Vietnamese, as they appear. Loaded by `customScripts` in scripts/config.js.

const EXACT = new Map([
  ['Field is required.', 'Trường này không được để trống.'],
  ['Field must be a valid email.', 'Địa chỉ thư điện tử không hợp lệ.'],
  ['Select', 'Chọn'],
  ['Search', 'Tìm'],
  ['Nothing to show.', 'Không có dữ liệu.'],
  ['No results', 'Không có kết quả'],
  ['Date', 'Ngày'],
  ['Time', 'Giờ']
]);

const PATTERNS = [
  [/^Field must have minimum value of (.+)\.$/, (m) => 'Giá trị nhỏ nhất là ' + m[1] + '.'],
  [/^Field must have maximum value of (.+)\.$/, (m) => 'Giá trị lớn nhất là ' + m[1] + '.'],
  [/^Field must have minimum length of (.+)\.$/, (m) => 'Cần ít nhất ' + m[1] + ' ký tự.'],
  [/^Field must have maximum length of (.+)\.$/, (m) => 'Tối đa ' + m[1] + ' ký tự.'],
  [/^Field must match pattern (.+)\.$/, () => 'Giá trị không đúng định dạng yêu cầu.'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => 'Giá trị không hợp lệ; hai giá trị hợp lệ gần nhất là ' + m[1] + ' và ' + m[2] + '.']
];

function translated(text) {
  const trimmed = text.trim();
  if (EXACT.has(trimmed)) {
    return text.replace(trimmed, EXACT.get(trimmed));
  }
  for (const [pattern, replace] of PATTERNS) {
    const match = trimmed.match(pattern);
    if (match) {
      return text.replace(trimmed, replace(match));
    }
  }
  return null;
}

function translate(root) {
  if (!root || !root.querySelectorAll) return;
  const forms = root.matches && root.matches('.fjs-container') ? [root] : root.querySelectorAll('.fjs-container');
  const scopes = forms.length ? forms : (root.closest && root.closest('.fjs-container') ? [root] : []);
  for (const scope of scopes) {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = translated(node.nodeValue || '');
      if (text !== null) node.nodeValue = text;
    }
    for (const input of scope.querySelectorAll('[placeholder]')) {
      const text = translated(input.getAttribute('placeholder'));
      if (text !== null) input.setAttribute('placeholder', text);
    }
  }
}

if (typeof MutationObserver !== 'undefined' && !window.__bieuMauVi) {
  window.__bieuMauVi = true;
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        const parent = mutation.target.parentElement;
        if (parent && parent.closest('.fjs-container')) {
          const text = translated(mutation.target.nodeValue || '');
          if (text !== null) mutation.target.nodeValue = text;
        }
      } else {
        for (const node of mutation.addedNodes) {
          if (node.nodeType === 1) translate(node.closest && node.closest('.fjs-container') ? node.closest('.fjs-container') : node);
          else if (node.nodeType === 3 && node.parentElement && node.parentElement.closest('.fjs-container')) {
            const text = translated(node.nodeValue || '');
            if (text !== null) node.nodeValue = text;
          }
        }
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}

// Nothing to plug in: the module works by being loaded.
export default [];
