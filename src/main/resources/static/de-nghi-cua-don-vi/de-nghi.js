// «Đề nghị của đơn vị»: a unit head's nominations (GET /api/me/nominations) with where each one is, and the
// withdrawal SPEC §4.1 allows until the Council has voted (POST /api/me/nominations/{key}/withdraw), asked twice.
// The page runs in the webapps' session: a change carries the session's CSRF token.

const API = '/api/me/nominations';
const statusBox = document.getElementById('status');
const table = document.getElementById('rows');
const body = table.querySelector('tbody');

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'text') node.textContent = value;
    else if (key === 'className') node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function say(kind, message) {
  statusBox.replaceChildren(message ? el('div', { className: 'alert alert-' + kind, role: 'alert', text: message }) : '');
}

async function message(response, fallback) {
  try {
    const answer = await response.json();
    return answer && answer.message ? answer.message : fallback;
  } catch (notJson) {
    return fallback;
  }
}

// The webapps' CSRF token, which a change must carry: /api gives it with every answer to the session (Camunda's
// cookie has the path /camunda, out of this page's reach).
let csrfToken = '';

function withdrawCell(row) {
  const cell = el('td', { className: 'nowrap' });
  if (!row.mayWithdraw) return cell;
  const ask = el('button', { type: 'button', className: 'btn btn-default', text: 'Rút đề nghị' });
  ask.addEventListener('click', () => {
    const confirm = el('button', { type: 'button', className: 'btn btn-danger', text: 'Xác nhận rút' });
    const cancel = el('button', { type: 'button', className: 'btn btn-link', text: 'Thôi' });
    cell.replaceChildren(el('span', { className: 'withdraw-confirm' }, [
      el('span', { text: 'Rút đề nghị ' + row.businessKey + '? Không hoàn tác được.' }), confirm, cancel]));
    cancel.addEventListener('click', () => cell.replaceChildren(ask));
    confirm.addEventListener('click', () => withdraw(row, confirm));
    confirm.focus();
  });
  cell.append(ask);
  return cell;
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
    say('danger', await message(response, 'Không rút được đề nghị ' + row.businessKey + ' (lỗi ' + response.status + ').'));
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
    withdrawCell(row)
  ]);
}

async function load() {
  let response;
  try {
    response = await fetch(API, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (failure) {
    say('danger', 'Không kết nối được máy chủ; hãy tải lại trang.');
    return;
  }
  if (response.status === 401) {
    say('warning', 'Anh/chị cần đăng nhập trang Công việc trước, rồi mở lại trang này.');
    return;
  }
  if (response.status !== 200) {
    say('danger', await message(response, 'Không tải được danh sách đề nghị (lỗi ' + response.status + ').'));
    return;
  }
  csrfToken = response.headers.get('X-XSRF-TOKEN') || csrfToken;
  const rows = await response.json();
  body.replaceChildren(...rows.map(line));
  table.hidden = rows.length === 0;
  say(rows.length === 0 ? 'info' : '', rows.length === 0 ? 'Đơn vị chưa có đề nghị khen thưởng nào.' : '');
}

load();
