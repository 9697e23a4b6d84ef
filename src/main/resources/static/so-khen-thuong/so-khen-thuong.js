// Sổ theo dõi khen thưởng (SPEC §7.1): the award registry for the Office, read from /api/registry and
// /api/registry/summary with the session of the Camunda webapps. A plain ES module, no library.
// Every text from the server goes into the page through textContent, never as HTML.

import { el, errorMessage } from '/camunda/app/tasklist/custom/dom.js';

const TASKLIST = '/camunda/app/tasklist/';

const PERIODS = {
  ANNUAL: 'Khen thưởng hằng năm',
  INTERIM_2025: 'Sơ kết năm 2025',
  FINAL_2030: 'Tổng kết năm 2030'
};

const AWARD_TYPES = {
  DIRECTOR_CERTIFICATE: 'Giấy khen của Giám đốc Sở',
  PROVINCE_CERTIFICATE: 'Bằng khen của Chủ tịch UBND tỉnh'
};

const KINDS = {
  INDIVIDUAL: 'Cá nhân',
  COLLECTIVE: 'Tập thể'
};

// The fixed tables of the emulation movement; "current" follows the filter's year and period.
const SUMMARIES = {
  interim: { period: 'INTERIM_2025', year: '2025' },
  final: { period: 'FINAL_2030', year: '2030' }
};

const FILTER_KEYS = ['year', 'period', 'unitCode', 'awardType', 'nominee'];
const UNIT_CODE = /^[A-Za-z0-9_-]{1,20}$/;

// ---------- small helpers ----------

function $(id) {
  return document.getElementById(id);
}

function label(names, value) {
  return names[value] || String(value ?? '');
}

/** 1.410.000: whole đồng, dots between thousands, as Vietnamese write money. */
function money(amount) {
  const value = Number(amount);
  if (!Number.isFinite(value)) return '';
  const digits = String(Math.round(Math.abs(value))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (value < 0 ? '-' : '') + digits;
}

/** 2026-03-05 → 05/03/2026, without going through Date (no time zone can shift the day). */
function date(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso || ''));
  return match ? match[3] + '/' + match[2] + '/' + match[1] : String(iso || '');
}

function count(n) {
  return money(n || 0);
}

/** Query string of the non-blank criteria, in a stable order. */
function query(criteria, keepBlankYear) {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = criteria[key];
    if (value !== undefined && value !== null && String(value) !== '') params.set(key, String(value));
    else if (key === 'year' && keepBlankYear && key in criteria) params.set(key, '');
  }
  return params.toString();
}

function alertBox(kind, text) {
  return el('div', { className: 'alert alert-' + kind, role: kind === 'danger' ? 'alert' : 'status', text });
}

function show(node, child) {
  node.textContent = '';
  if (child) node.appendChild(child);
}

// ---------- page state ----------

const state = {
  filter: null, // the criteria of the list on screen
  summary: 'current',
  rowsRequest: null,
  summaryRequest: null,
  locked: false // 401 or 403: nothing else to show
};

function currentYear() {
  return String(new Date().getFullYear());
}

function fromUrl() {
  const params = new URLSearchParams(window.location.search);
  return {
    year: params.has('year') ? params.get('year').trim() : currentYear(),
    period: params.get('period') || '',
    // the unit codes of the directory are lower case (qldd, vpdk); the server compares them exactly
    unitCode: (params.get('unitCode') || '').trim().toLowerCase(),
    awardType: params.get('awardType') || '',
    nominee: (params.get('nominee') || '').trim()
  };
}

function readForm() {
  return {
    year: $('f-year').value.trim(),
    period: $('f-period').value,
    unitCode: $('f-unit').value,
    awardType: $('f-award').value,
    nominee: $('f-nominee').value.trim()
  };
}

function writeForm(filter) {
  $('f-year').value = filter.year;
  $('f-period').value = filter.period in PERIODS ? filter.period : '';
  chooseUnit(filter.unitCode);
  $('f-award').value = filter.awardType in AWARD_TYPES ? filter.awardType : '';
  $('f-nominee').value = filter.nominee || '';
}

/**
 * Chooses the unit of that code. A code the list does not have (an address typed by hand, or the list not read
 * yet) is shown as is when it is a code at all; anything else chooses «Tất cả».
 */
function chooseUnit(code) {
  const select = $('f-unit');
  if (!UNIT_CODE.test(code || '')) code = '';
  if (code && !Array.from(select.options).some((option) => option.value === code)) {
    select.appendChild(el('option', { value: code, text: code }));
  }
  select.value = code || '';
}

/** The units by name (GET /api/registry/units); until they come, or if they cannot, «Tất cả» only. */
async function loadUnits() {
  const answer = await getJson('/api/registry/units', new AbortController().signal, 'danh sách đơn vị');
  if (!answer || !answer.ok || !Array.isArray(answer.body)) return;
  const select = $('f-unit');
  const chosen = select.value;
  select.textContent = '';
  select.appendChild(el('option', { value: '', text: 'Tất cả' }));
  for (const unit of answer.body) {
    select.appendChild(el('option', { value: unit.code, text: unit.name }));
  }
  chooseUnit(chosen);
}

function unitName(code) {
  const option = Array.from($('f-unit').options).find((candidate) => candidate.value === code);
  return option ? option.textContent : code;
}

/** A sentence when the form cannot be sent, with the field to go back to. */
function invalid(filter) {
  const year = $('f-year');
  if ((year.validity && year.validity.badInput) ||
      (filter.year !== '' && !(/^\d{4}$/.test(filter.year) && +filter.year >= 2000 && +filter.year <= 2100))) {
    return { field: year, message: 'Năm phải là một số từ 2000 đến 2100 (ví dụ: 2026), hoặc để trống để xem mọi năm.' };
  }
  if (filter.unitCode !== '' && !UNIT_CODE.test(filter.unitCode)) {
    return { field: $('f-unit'), message: 'Mã đơn vị chỉ gồm chữ không dấu, chữ số, «-» hoặc «_» (ví dụ: qldd).' };
  }
  return null;
}

function describe(filter) {
  return [
    filter.year ? 'Năm ' + filter.year : 'Mọi năm',
    filter.period ? label(PERIODS, filter.period) : 'mọi đợt',
    filter.unitCode ? unitName(filter.unitCode) : 'mọi đơn vị',
    filter.awardType ? label(AWARD_TYPES, filter.awardType) : 'mọi hình thức',
    filter.nominee ? 'tên có «' + filter.nominee + '»' : null
  ].filter(Boolean).join(' · ');
}

/** 401 and 403 end the page: a sentence, and for 401 the way to the login. */
function lock(status, message) {
  if (state.locked) return;
  state.locked = true;
  for (const request of [state.rowsRequest, state.summaryRequest]) if (request) request.abort();
  const access = $('access');
  access.textContent = '';
  if (status === 401) {
    access.className = 'alert alert-warning';
    access.appendChild(el('strong', { text: 'Anh/chị cần đăng nhập' }));
    access.appendChild(document.createTextNode(' để xem sổ theo dõi khen thưởng. '));
    access.appendChild(el('a', { href: TASKLIST, id: 'login-link', text: 'Đăng nhập tại trang Công việc (Tasklist)' }));
    access.appendChild(document.createTextNode(', rồi mở lại trang này.'));
  } else {
    access.className = 'alert alert-danger';
    access.appendChild(document.createTextNode(message));
    access.appendChild(document.createTextNode(' '));
    access.appendChild(el('a', { href: TASKLIST, text: 'Về trang Công việc' }));
  }
  access.hidden = false;
  $('content').hidden = true;
}

/**
 * GET as JSON; answers {ok, body} or {ok: false, message}. 401/403 lock the page.
 * Null when the request was replaced by a newer one.
 */
async function getJson(url, signal, what) {
  let response;
  try {
    response = await fetch(url, {
      method: 'GET',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      signal
    });
  } catch (failure) {
    if (signal.aborted) return null;
    return { ok: false, message: 'Không kết nối được với máy chủ để đọc ' + what + '. Xin thử lại sau.' };
  }
  if (signal.aborted) return null;
  if (response.status === 401) {
    lock(401);
    return null;
  }
  if (response.status === 403) {
    lock(403, await errorMessage(response, 'Anh/chị không có quyền xem sổ theo dõi khen thưởng.'));
    return null;
  }
  if (!response.ok) {
    return { ok: false, message: await errorMessage(response,
      'Không đọc được ' + what + ' (mã lỗi ' + response.status + '). Xin thử lại sau.') };
  }
  try {
    return { ok: true, body: await response.json() };
  } catch (notJson) {
    if (signal.aborted) return null;
    return { ok: false, message: 'Máy chủ trả về dữ liệu không đọc được khi đọc ' + what + '.' };
  }
}

// ---------- the list ----------

async function loadRows() {
  if (state.locked) return;
  if (state.rowsRequest) state.rowsRequest.abort();
  const request = new AbortController();
  state.rowsRequest = request;

  const filter = state.filter;
  const q = query(filter);
  $('rows-xlsx').href = '/api/registry.xlsx' + (q ? '?' + q : '');
  $('rows-caption').textContent = describe(filter);
  show($('rows-status'), el('p', { className: 'muted', text: 'Đang tải danh sách…' }));
  $('f-submit').disabled = true;

  const answer = await getJson('/api/registry' + (q ? '?' + q : ''), request.signal, 'sổ khen thưởng');
  if (state.rowsRequest === request) $('f-submit').disabled = false;
  if (!answer) return;
  if (!answer.ok) {
    show($('rows-status'), alertBox('danger', answer.message));
    $('rows-table').hidden = true;
    $('rows-xlsx').hidden = true;
    return;
  }
  renderRows(Array.isArray(answer.body) ? answer.body : []);
}

function renderRows(rows) {
  const body = $('rows-body');
  const foot = $('rows-foot');
  body.textContent = '';
  foot.textContent = '';
  $('rows-xlsx').hidden = false;

  if (rows.length === 0) {
    show($('rows-status'), el('p', { id: 'rows-empty', className: 'empty', text: 'Không có khen thưởng nào khớp với bộ lọc.' }));
    $('rows-table').hidden = true;
    return;
  }

  let total = 0;
  let collectives = 0;
  rows.forEach((row, index) => {
    total += Number(row.prizeAmount) || 0;
    if (row.nomineeKind === 'COLLECTIVE') collectives++;

    const decision = row.documentId !== undefined && row.documentId !== null
      ? el('a', { href: '/api/documents/' + encodeURIComponent(row.documentId), target: '_blank', rel: 'noopener',
        title: 'Mở bản quyết định (PDF)', text: row.decisionNumber || 'Quyết định' })
      : el('span', { text: row.decisionNumber || '' });

    body.appendChild(el('tr', { 'data-key': row.businessKey }, [
      el('td', { className: 'num muted', text: index + 1 }),
      el('td', { className: 'nowrap', text: row.businessKey }),
      el('td', {}, [
        el('div', { className: 'name', text: row.nomineeName }),
        row.nomineeTitle ? el('div', { className: 'muted small', text: row.nomineeTitle }) : null
      ]),
      el('td', { text: label(KINDS, row.nomineeKind) }),
      el('td', {}, [
        el('div', { text: row.unitName || row.unitCode }),
        row.unitName ? el('div', { className: 'muted small', text: row.unitCode }) : null
      ]),
      el('td', { text: label(AWARD_TYPES, row.awardType) }),
      el('td', { text: label(PERIODS, row.period) }),
      el('td', { className: 'num', text: row.year }),
      el('td', { className: 'nowrap', title: row.batchId ? 'Đợt trình ' + row.batchId : null }, [decision]),
      el('td', { className: 'nowrap', text: date(row.decisionDate) }),
      el('td', { className: 'num nowrap', text: money(row.prizeAmount) })
    ]));
  });

  foot.appendChild(el('tr', {}, [
    el('th', { scope: 'row', colspan: 10, className: 'right',
      text: 'Tổng cộng ' + count(rows.length) + ' khen thưởng (' + count(collectives) + ' tập thể, ' +
        count(rows.length - collectives) + ' cá nhân)' }),
    el('td', { className: 'num nowrap strong', text: money(total) })
  ]));

  show($('rows-status'), null);
  $('rows-table').hidden = false;
}

// ---------- the summary ----------

function summaryCriteria(mode) {
  if (SUMMARIES[mode]) return SUMMARIES[mode];
  return { period: state.filter.period, year: state.filter.year };
}

async function loadSummary(mode) {
  if (state.locked) return;
  state.summary = mode;
  for (const button of document.querySelectorAll('[data-summary]')) {
    const active = button.getAttribute('data-summary') === mode;
    button.setAttribute('aria-pressed', active ? 'true' : 'false');
    button.classList.toggle('active', active);
  }
  if (state.summaryRequest) state.summaryRequest.abort();
  const request = new AbortController();
  state.summaryRequest = request;

  const criteria = summaryCriteria(mode);
  const q = query(criteria);
  const link = $('summary-xlsx');
  link.href = '/api/registry/summary.xlsx' + (q ? '?' + q : '');
  link.hidden = true;
  $('summary-caption').textContent = '';
  show($('summary-status'), el('p', { className: 'muted', text: 'Đang tải bảng tổng hợp…' }));

  const answer = await getJson('/api/registry/summary' + (q ? '?' + q : ''), request.signal, 'bảng tổng hợp');
  if (!answer) return;
  if (!answer.ok) {
    show($('summary-status'), alertBox('danger', answer.message));
    $('summary-table').hidden = true;
    return;
  }
  renderSummary(answer.body || {});
  link.hidden = false;
}

function renderSummary(summary) {
  const rows = Array.isArray(summary.rows) ? summary.rows : [];
  const totals = summary.totals || {};
  $('summary-caption').textContent =
    'Đợt: ' + (summary.period ? label(PERIODS, summary.period) : 'mọi đợt') +
    ' · Năm: ' + (summary.year ? summary.year : 'mọi năm');

  const body = $('summary-body');
  const foot = $('summary-foot');
  body.textContent = '';
  foot.textContent = '';
  if (rows.length === 0) {
    show($('summary-status'), el('p', { id: 'summary-empty', className: 'empty', text: 'Chưa có khen thưởng nào trong phạm vi này.' }));
    $('summary-table').hidden = true;
    return;
  }

  // One unit's award types one under the other, the unit named once (rows come sorted by unit).
  rows.forEach((row, index) => {
    const first = index === 0 || rows[index - 1].unitCode !== row.unitCode;
    let span = 1;
    while (first && index + span < rows.length && rows[index + span].unitCode === row.unitCode) span++;
    body.appendChild(el('tr', { 'data-unit': row.unitCode, className: first ? 'group-start' : null }, [
      first ? el('th', { scope: 'rowgroup', rowspan: span > 1 ? span : null, className: 'unit' }, [
        el('div', { text: row.unitName || row.unitCode }),
        row.unitName ? el('div', { className: 'muted small', text: row.unitCode }) : null
      ]) : null,
      el('td', { text: label(AWARD_TYPES, row.awardType) }),
      el('td', { className: 'num', text: count(row.collectives) }),
      el('td', { className: 'num', text: count(row.individuals) }),
      el('td', { className: 'num', text: count(row.awards) }),
      el('td', { className: 'num nowrap', text: money(row.prizeTotal) })
    ]));
  });

  foot.appendChild(el('tr', {}, [
    el('th', { scope: 'row', colspan: 2, text: 'Tổng cộng' }),
    el('td', { className: 'num', text: count(totals.collectives) }),
    el('td', { className: 'num', text: count(totals.individuals) }),
    el('td', { className: 'num', text: count(totals.awards) }),
    el('td', { className: 'num nowrap', text: money(totals.prizeTotal) })
  ]));
  show($('summary-status'), null);
  $('summary-table').hidden = false;
}

// ---------- wiring ----------

function apply(filter) {
  state.filter = filter;
  // the address keeps the criteria, so a reload or a shared link shows the same list ("year=": every year)
  const q = query(filter, true);
  window.history.replaceState(null, '', window.location.pathname + (q ? '?' + q : ''));
  loadRows();
  if (state.summary === 'current') loadSummary('current');
}

function submit(event) {
  if (event) event.preventDefault();
  const filter = readForm();
  const problem = invalid(filter);
  if (problem) {
    show($('rows-status'), alertBox('danger', problem.message));
    problem.field.focus();
    return;
  }
  apply(filter);
}

/**
 * Whether the webapps' session is logged in, asked of Camunda's own endpoint (Tasklist asks the
 * same). /api answers 401 with a Basic challenge, which makes the browser open its own password
 * dialog; asking here first keeps a logged-out visitor from getting that dialog.
 */
async function loggedIn() {
  try {
    const response = await fetch('/camunda/api/admin/auth/user/default', {
      method: 'GET',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    });
    return response.ok;
  } catch (failure) {
    return true; // cannot tell: let /api answer
  }
}

async function start() {
  const initial = fromUrl();
  writeForm(initial);
  $('filters').addEventListener('submit', submit);
  $('f-reset').addEventListener('click', () => {
    writeForm({ year: currentYear(), period: '', unitCode: '', awardType: '' });
    submit();
  });
  for (const button of document.querySelectorAll('[data-summary]')) {
    button.addEventListener('click', () => loadSummary(button.getAttribute('data-summary')));
  }

  if (!(await loggedIn())) {
    lock(401);
    return;
  }

  await loadUnits();
  const problem = invalid(readForm());
  if (problem) {
    // a hand-edited address with a wrong year or unit: fall back to this year's list
    writeForm({ ...initial, year: currentYear(), unitCode: UNIT_CODE.test(initial.unitCode) ? initial.unitCode : '' });
  }
  apply(readForm());
}

function run() {
  start().catch((failure) => {
    console.error('Sổ khen thưởng:', failure);
    show($('rows-status'), alertBox('danger', 'Đã có lỗi khi hiển thị trang. Xin tải lại trang.'));
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
else run();
