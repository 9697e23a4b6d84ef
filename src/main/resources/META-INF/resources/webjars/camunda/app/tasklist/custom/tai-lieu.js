// A nomination's documents as the Hồ sơ tab (ho-so.js) and the page «Đề nghị của đơn vị» / «Theo dõi đề nghị»
// (/de-nghi-cua-don-vi/) show them: the types' Vietnamese names, sizes and times as Vietnamese write them, and the
// cells of one document's row. Texts from the server go in through textContent.

import { el } from './dom.js';

export const TYPE_NAMES = {
  TO_TRINH: 'Tờ trình',
  BAO_CAO_THANH_TICH: 'Báo cáo thành tích',
  BIEN_BAN: 'Biên bản họp',
  KHAC: 'Khác',
  BIEN_BAN_HOI_DONG: 'Biên bản họp Hội đồng',
  QUYET_DINH: 'Quyết định',
  TO_TRINH_UBND: 'Tờ trình UBND tỉnh'
};

export function typeName(type) {
  return TYPE_NAMES[type] || String(type || '');
}

/** 1023 B, 12,5 KB, 1,2 MB: one decimal with a comma, as Vietnamese write it. */
export function formatSize(bytes) {
  const size = Number(bytes);
  if (!Number.isFinite(size) || size < 0) return '';
  if (size < 1024) return size + ' B';
  const units = ['KB', 'MB', 'GB'];
  let value = size / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  let text = value.toFixed(1);
  if (text === '1024.0' && unit < units.length - 1) { // 1023,96 KB rounds up to the next unit
    text = '1.0';
    unit++;
  }
  return text.replace(/\.0$/, '').replace('.', ',') + ' ' + units[unit];
}

/** dd/MM/yyyy HH:mm in the browser's own time zone. */
export function formatDateTime(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  const two = (n) => String(n).padStart(2, '0');
  return two(date.getDate()) + '/' + two(date.getMonth() + 1) + '/' + date.getFullYear() + ' ' +
    two(date.getHours()) + ':' + two(date.getMinutes());
}

/** One document's cells: its type, its name (a link that downloads it), size, who uploaded it and when. */
export function documentCells(doc) {
  const link = el('a', { href: '/api/documents/' + encodeURIComponent(doc.id),
    title: 'Tải về ' + (doc.fileName || ''), text: doc.fileName || ('Tài liệu số ' + doc.id) });
  return [
    el('td', { text: typeName(doc.type) }),
    el('td', { style: 'word-break:break-all' }, [link]),
    el('td', { style: 'text-align:right;white-space:nowrap', text: formatSize(doc.size) }),
    el('td', { text: doc.uploadedByName || doc.uploadedBy || '', title: doc.uploadedBy || '' }),
    el('td', { style: 'white-space:nowrap', text: formatDateTime(doc.uploadedAt) })
  ];
}
