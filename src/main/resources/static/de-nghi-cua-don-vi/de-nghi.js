// «Đề nghị của đơn vị»: a unit head's nominations (GET /api/me/nominations) with where each one is, and the
// withdrawal SPEC §4.1 allows until the Council has voted (POST /api/me/nominations/{key}/withdraw), asked twice.
// The Office and the Director get every unit's, «Theo dõi đề nghị khen thưởng», narrowed by year, unit, state, award
// type and a part of the nominee's name, a page of 100 at a time with the count of all (the page's address keeps
// them: ?year=2026&unitCode=qldd&state=OPEN&awardType=DIRECTOR_CERTIFICATE&nominee=Nguyễn&firstResult=100; limit=
// gives another page size, at most 100), and all of them as a spreadsheet (GET /api/me/nominations.xlsx). The page
// runs in the webapps' session: a change carries the session's CSRF token.

import { el, askedTwice, errorMessage, getJson } from '/camunda/app/tasklist/custom/dom.js';
import { documentCells } from '/camunda/app/tasklist/custom/tai-lieu.js';

const API = '/api/me/nominations';
const statusBox = document.getElementById('status');
const table = document.getElementById('rows');
const body = table.querySelector('tbody');
const filters = document.getElementById('filters');
/** The filters the address keeps, by the form's field of that name; then where the list is. */
const FILTERS = Object.fromEntries(['year', 'unitCode', 'state', 'awardType', 'nominee']
  .map((key) => [key, filters.elements.namedItem(key)]));
const PAGING = ['firstResult', 'limit'];
const shown = document.getElementById('shown');
const pager = document.getElementById('pager');
const [previousButton, nextButton] = pager.querySelectorAll('button');
/** 2.345: dots between thousands, as Vietnamese write numbers. */
const COUNT = new Intl.NumberFormat('vi-VN');
/** Where the list is: the first row shown and the page size the server used. */
let paging = { firstResult: 0, limit: 100 };

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

/** The page's own address gives the filters and the page: ?year=2026&unitCode=qldd&state=OPEN&firstResult=100. */
function criteria() {
  const params = new URLSearchParams(window.location.search);
  const chosen = new URLSearchParams();
  for (const key of [...Object.keys(FILTERS), ...PAGING]) {
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
  FILTERS.unitCode.replaceChildren(el('option', { value: '', text: 'Tất cả' }),
    ...units.map(([code, name]) => el('option', { value: code, text: name })));
  FILTERS.awardType.replaceChildren(el('option', { value: '', text: 'Tất cả' }),
    ...Object.entries(page.awardTypes || {}).map(([code, name]) => el('option', { value: code, text: name })));
  for (const [key, field] of Object.entries(FILTERS)) field.value = chosen.get(key) || '';
}

/** «Hiển thị 101–200 trong 2.345 đề nghị», and the buttons to the pages before and after, when there are any. */
function showPaging(page, rows) {
  paging = { firstResult: page.firstResult || 0, limit: page.limit || rows.length || 1 };
  const last = paging.firstResult + rows.length;
  shown.hidden = rows.length === 0;
  shown.textContent = rows.length === 0 ? '' : 'Hiển thị ' + COUNT.format(paging.firstResult + 1) + '–'
    + COUNT.format(last) + ' trong ' + COUNT.format(page.total) + ' đề nghị';
  // the spreadsheet holds every nomination the filters match, not the page: within the server's limit
  const spreadsheet = document.getElementById('rows-xlsx');
  const limitNote = document.getElementById('rows-xlsx-limit');
  const filtered = new URLSearchParams([...criteria()].filter(([key]) => key in FILTERS));
  spreadsheet.href = API + '.xlsx' + (filtered.toString() ? '?' + filtered : '');
  const fits = page.total <= page.spreadsheetLimit;
  spreadsheet.hidden = page.total === 0 || !fits;
  limitNote.hidden = page.total === 0 || fits;
  limitNote.textContent = fits ? '' : 'Bảng tính Excel chứa tối đa ' + COUNT.format(page.spreadsheetLimit)
    + ' đề nghị: hãy chọn năm, đơn vị, tình trạng hoặc hình thức khen thưởng để tải.';
  previousButton.disabled = paging.firstResult === 0;
  nextButton.disabled = last >= page.total;
  pager.hidden = previousButton.disabled && nextButton.disabled;
}

/** Puts the criteria in the page's address and shows the list they give. */
function go(chosen) {
  window.history.replaceState(null, '', window.location.pathname + (chosen.toString() ? '?' + chosen : ''));
  load();
}

function turnTo(firstResult) {
  const chosen = criteria();
  if (firstResult > 0) chosen.set('firstResult', String(firstResult));
  else chosen.delete('firstResult');
  go(chosen);
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
  showPaging(page, rows);
  const none = page.total > 0 ? 'Trang này không còn đề nghị nào; danh sách có ' + COUNT.format(page.total)
      + ' đề nghị.'
    : Object.keys(FILTERS).some((key) => chosen.has(key)) ? 'Không có đề nghị nào khớp với các điều kiện đã chọn.'
    : page.scope === 'ALL' ? 'Chưa có đề nghị khen thưởng nào.' : 'Đơn vị chưa có đề nghị khen thưởng nào.';
  say(rows.length === 0 ? 'info' : '', rows.length === 0 ? none : '');
}

// new criteria show their first page, of the page size the address may give
filters.addEventListener('submit', (event) => {
  event.preventDefault();
  const chosen = new URLSearchParams();
  for (const [key, field] of Object.entries(FILTERS)) {
    if (field.value.trim()) chosen.set(key, field.value.trim());
  }
  const limit = criteria().get('limit');
  if (limit) chosen.set('limit', limit);
  go(chosen);
});
previousButton.addEventListener('click', () => turnTo(Math.max(0, paging.firstResult - paging.limit)));
nextButton.addEventListener('click', () => turnTo(paging.firstResult + paging.limit));

load();
