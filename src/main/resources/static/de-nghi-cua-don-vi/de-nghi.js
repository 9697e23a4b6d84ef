// «Đề nghị của đơn vị»: a unit head's nominations (GET /api/me/nominations) with where each one is, and the
// withdrawal SPEC §4.1 allows until the Council has voted (POST /api/me/nominations/{key}/withdraw), asked twice.
// The Office and the Director get every unit's, «Theo dõi đề nghị khen thưởng», narrowed by year and unit (the
// page's address keeps them: ?year=2026&unitCode=qldd). The page runs in the webapps' session: a change carries the
// session's CSRF token.

import { el, askedTwice, errorMessage, getJson } from '/camunda/app/tasklist/custom/dom.js';
import { documentCells } from '/camunda/app/tasklist/custom/tai-lieu.js';

const API = '/api/me/nominations';
const statusBox = document.getElementById('status');
const table = document.getElementById('rows');
const body = table.querySelector('tbody');
const filters = document.getElementById('filters');
const yearInput = document.getElementById('f-year');
const unitSelect = document.getElementById('f-unit');

function say(kind, message) {
  statusBox.replaceChildren(message ? el('div', { className: 'alert alert-' + kind, role: 'alert', text: message }) : '');
}

// The webapps' CSRF token, which a change must carry: /api gives it with every answer to the session (Camunda's
// cookie has the path /camunda, out of this page's reach).
let csrfToken = '';

/** «Hồ sơ»: the nomination's documents in a row below its own, to download; pressed again, they go. */
function dossierButton(row) {
  const button = el('button', { type: 'button', className: 'btn btn-default', 'aria-expanded': 'false',
    title: 'Các tài liệu trong hồ sơ đề nghị ' + row.businessKey, text: 'Hồ sơ' });
  button.addEventListener('click', () => toggleDossier(row, button));
  return button;
}

async function toggleDossier(row, button) {
  const line = button.closest('tr');
  const shown = line.nextElementSibling && line.nextElementSibling.classList.contains('ho-so-row')
    ? line.nextElementSibling : null;
  if (shown) {
    shown.remove();
    button.setAttribute('aria-expanded', 'false');
    return;
  }
  const cell = el('td', { colspan: '7', text: 'Đang tải hồ sơ…' });
  line.after(el('tr', { className: 'ho-so-row', 'data-dossier': row.businessKey }, [cell]));
  button.setAttribute('aria-expanded', 'true');
  try {
    const response = await getJson('/api/nominations/' + encodeURIComponent(row.businessKey) + '/documents');
    if (!response.ok) {
      cell.replaceChildren(el('div', { className: 'alert alert-danger', role: 'alert',
        text: await errorMessage(response, 'Không đọc được hồ sơ (lỗi ' + response.status + ').') }));
      return;
    }
    const documents = await response.json();
    cell.replaceChildren(documents.length === 0
      ? el('p', { className: 'muted', text: 'Hồ sơ chưa có tài liệu nào.' })
      : el('table', { className: 'table documents' }, [
        el('thead', {}, [el('tr', {}, ['Loại', 'Tên tệp', 'Dung lượng', 'Người tải lên', 'Thời điểm']
          .map((heading) => el('th', { scope: 'col', text: heading })))]),
        el('tbody', {}, documents.map((doc) => el('tr', { 'data-id': doc.id }, documentCells(doc))))
      ]));
  } catch (failure) {
    cell.replaceChildren(el('div', { className: 'alert alert-danger', role: 'alert',
      text: 'Không kết nối được máy chủ; hãy thử lại.' }));
  }
}

function actionsCell(row) {
  return el('td', { className: 'nowrap actions' }, [dossierButton(row), withdrawCell(row)]);
}

function withdrawCell(row) {
  if (!row.mayWithdraw) return '';
  return el('span', {}, [askedTwice({
    label: 'Rút đề nghị',
    question: 'Rút đề nghị ' + row.businessKey + '? Không hoàn tác được.',
    confirm: 'Xác nhận rút',
    classes: { ask: 'btn btn-default', confirm: 'btn btn-danger', cancel: 'btn btn-link' },
    act: (button) => withdraw(row, button)
  })]);
}

async function withdraw(row, button) {
  button.disabled = true;
  try {
    const response = await fetch(API + '/' + encodeURIComponent(row.businessKey) + '/withdraw', {
      method: 'POST', credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken }
    });
    if (response.status === 204) {
      await load();
      say('info', 'Đã rút đề nghị ' + row.businessKey + ' (' + (row.nomineeName || '') + ').');
      return;
    }
    say('danger', await errorMessage(response, 'Không rút được đề nghị ' + row.businessKey + ' (lỗi ' + response.status + ').'));
  } catch (failure) {
    say('danger', 'Không kết nối được máy chủ; hãy thử lại.');
  }
  button.disabled = false;
}

function line(row) {
  const where = el('td', {}, [el('span', { className: row.open ? 'state-open' : 'state-ended', text: row.where })]);
  if (row.decisionNumber) where.append(el('div', { className: 'small muted', text: 'Quyết định số ' + row.decisionNumber }));
  return el('tr', { 'data-key': row.businessKey }, [
    el('td', { className: 'nowrap', text: row.businessKey }),
    el('td', { text: row.nomineeName || '' }),
    el('td', { text: row.awardType || '' }),
    el('td', { text: row.unitName || '' }),
    el('td', { className: 'nowrap', text: row.proposedOn }),
    where,
    actionsCell(row)
  ]);
}

/** The page's own address gives the filters: ?year=2026&unitCode=qldd. */
function criteria() {
  const params = new URLSearchParams(window.location.search);
  const chosen = new URLSearchParams();
  for (const key of ['year', 'unitCode']) {
    const value = (params.get(key) || '').trim();
    if (value) chosen.set(key, value);
  }
  return chosen;
}

function showPage(page, chosen) {
  const all = page.scope === 'ALL';
  document.getElementById('title').textContent = page.title;
  document.title = page.title + ' · Thi đua - Khen thưởng';
  document.querySelector('.brand-page').textContent = all ? 'Theo dõi đề nghị' : 'Đề nghị của đơn vị';
  document.getElementById('intro-units').hidden = all;
  document.getElementById('intro-all').hidden = !all;
  const units = Object.entries(page.units || {});
  filters.hidden = !all && units.length < 2;
  unitSelect.replaceChildren(el('option', { value: '', text: 'Tất cả' }),
    ...units.map(([code, name]) => el('option', { value: code, text: name })));
  unitSelect.value = chosen.get('unitCode') || '';
  yearInput.value = chosen.get('year') || '';
}

async function load() {
  const chosen = criteria();
  let response;
  try {
    response = await getJson(API + (chosen.toString() ? '?' + chosen : ''));
  } catch (failure) {
    say('danger', 'Không kết nối được máy chủ; hãy tải lại trang.');
    return;
  }
  if (response.status === 401) {
    say('warning', 'Anh/chị cần đăng nhập trang Công việc trước, rồi mở lại trang này.');
    return;
  }
  if (response.status !== 200) {
    say('danger', await errorMessage(response, 'Không tải được danh sách đề nghị (lỗi ' + response.status + ').'));
    return;
  }
  csrfToken = response.headers.get('X-XSRF-TOKEN') || csrfToken;
  const page = await response.json();
  showPage(page, chosen);
  const rows = page.rows || [];
  body.replaceChildren(...rows.map(line));
  table.hidden = rows.length === 0;
  const none = chosen.toString() ? 'Không có đề nghị nào của năm, đơn vị đã chọn.'
    : page.scope === 'ALL' ? 'Chưa có đề nghị khen thưởng nào.' : 'Đơn vị chưa có đề nghị khen thưởng nào.';
  say(rows.length === 0 ? 'info' : '', rows.length === 0 ? none : '');
}

filters.addEventListener('submit', (event) => {
  event.preventDefault();
  const chosen = new URLSearchParams();
  if (yearInput.value.trim()) chosen.set('year', yearInput.value.trim());
  if (unitSelect.value) chosen.set('unitCode', unitSelect.value);
  window.history.replaceState(null, '', window.location.pathname + (chosen.toString() ? '?' + chosen : ''));
  load();
});

load();
