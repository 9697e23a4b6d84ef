// "Thông báo e-mail" in Tasklist's header (README, "Notifications"): which notification mails the
// logged-in user receives. Essential ones (work assigned to me, the Council's ballots) are shown
// ticked and locked; the optional ones can be switched off. GET/PUT /api/me/notifications with the
// webapp session; the PUT sends the session's CSRF token. Texts from the server go in as textContent.

import { el, csrfToken, errorMessage, getJson } from './dom.js';

const URL = '/api/me/notifications';

function panelStyle() {
  return 'position:absolute; right:0; top:100%; z-index:1000; width:380px; padding:12px 16px; ' +
    'background:#fff; color:#333; border:1px solid #ccc; border-radius:4px; box-shadow:0 4px 12px rgba(0,0,0,.2); ' +
    'white-space:normal; text-align:left;';
}

function status(panel, kind, text) {
  const box = panel.querySelector('.thong-bao-status');
  box.className = 'thong-bao-status alert alert-' + kind;
  box.textContent = text;
  box.style.display = text ? '' : 'none';
}

function render(panel, settings, api) {
  panel.textContent = '';
  panel.appendChild(el('h4', { text: 'Thông báo qua e-mail', style: 'margin-top:0' }));
  panel.appendChild(el('p', { className: 'text-muted', text: settings.email
    ? 'Thư được gửi đến ' + settings.email + ' (địa chỉ trong hồ sơ người dùng).'
    : 'Hồ sơ người dùng của anh/chị chưa có địa chỉ e-mail: hệ thống chưa gửi được thư nào. Hãy nhờ quản trị bổ sung.' }));
  if (!settings.mailOn) {
    panel.appendChild(el('p', { className: 'text-warning', text: 'Máy chủ chưa cấu hình gửi thư; lựa chọn dưới đây có hiệu lực khi quản trị bật gửi thư.' }));
  }
  const boxes = {};
  for (const category of settings.categories) {
    const input = el('input', { type: 'checkbox', name: category.category, disabled: category.essential });
    input.checked = category.enabled;
    boxes[category.category] = input;
    panel.appendChild(el('div', { className: 'checkbox' }, [
      el('label', {}, [input, ' ' + category.label, category.essential ? el('em', { className: 'text-muted', text: ' (bắt buộc)' }) : null])
    ]));
  }
  const save = el('button', { type: 'button', className: 'btn btn-primary btn-sm', text: 'Lưu' });
  panel.appendChild(el('div', { className: 'thong-bao-status', style: 'display:none' }));
  panel.appendChild(save);
  save.addEventListener('click', async () => {
    const body = {};
    for (const category of settings.categories) {
      if (!category.essential) body[category.category] = boxes[category.category].checked;
    }
    save.disabled = true;
    try {
      const headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
      const token = csrfToken(api);
      if (token) headers['X-XSRF-TOKEN'] = token;
      const response = await fetch(URL, { method: 'PUT', credentials: 'same-origin', headers, body: JSON.stringify(body) });
      if (!response.ok) {
        status(panel, 'danger', await errorMessage(response, 'Không lưu được (mã lỗi ' + response.status + ').'));
        return;
      }
      render(panel, await response.json(), api);
      status(panel, 'success', 'Đã lưu lựa chọn.');
    } catch (failure) {
      status(panel, 'danger', 'Không kết nối được với máy chủ. Xin thử lại sau.');
    } finally {
      save.disabled = false;
    }
  });
}

async function open(panel, api) {
  panel.textContent = 'Đang tải…';
  try {
    const response = await getJson(URL);
    if (!response.ok) {
      panel.textContent = await errorMessage(response, 'Không đọc được lựa chọn (mã lỗi ' + response.status + ').');
      return;
    }
    render(panel, await response.json(), api);
  } catch (failure) {
    panel.textContent = 'Không kết nối được với máy chủ. Xin thử lại sau.';
  }
}

export default {
  id: 'thong-bao',
  pluginPoint: 'tasklist.navbar.action',
  priority: 50,
  render(node, { api } = {}) {
    const panel = el('div', { className: 'thong-bao-panel', style: panelStyle() + ' display:none;' });
    const link = el('a', { href: '#', className: 'thong-bao-toggle', title: 'Chọn các thư thông báo muốn nhận',
      text: 'Thông báo e-mail' });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const hidden = panel.style.display === 'none';
      panel.style.display = hidden ? '' : 'none';
      if (hidden) open(panel, api);
    });
    node.style.position = 'relative';
    node.appendChild(link);
    node.appendChild(panel);
  }
};
