// Tab "Hồ sơ" in Tasklist's task detail (SPEC §7.1): the documents of the nomination the task belongs
// to, with an upload form. A plain ES module, loaded by `customScripts` in scripts/config.js.
// Every text from the server goes into the page through textContent, never as HTML.

import { el, askedTwice, csrfToken, errorMessage, getJson } from './dom.js';
import { TYPE_NAMES, documentCells, formatSize } from './tai-lieu.js';

const MAX_BYTES = 20 * 1024 * 1024;

const UPLOADABLE_TYPES = ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN', 'KHAC'];
const REQUIRED_TYPES = ['TO_TRINH', 'BAO_CAO_THANH_TICH'];

// One entry per rendered tab, so that a task switch or the tab's removal stops its requests.
const mounted = new Set();

// ---------- the tab ----------

function alertBox(kind, text, id) {
  return el('div', { id, className: 'alert alert-' + kind, role: kind === 'danger' ? 'alert' : 'status', text });
}

function showOnly(node, child) {
  node.textContent = '';
  node.appendChild(child);
}

async function load(state) {
  const { api, taskId, root, signal } = state;
  const engine = api && api.engineApi ? String(api.engineApi).replace(/\/$/, '') : '';

  let task;
  try {
    const response = await getJson(engine + '/task/' + encodeURIComponent(taskId), signal);
    if (!response.ok) {
      showOnly(root, alertBox('danger', response.status === 404
        ? 'Không tìm thấy công việc này (có thể đã được hoàn thành). Xin tải lại danh sách công việc.'
        : 'Không đọc được thông tin công việc (mã lỗi ' + response.status + '), nên không hiển thị được hồ sơ.'));
      return;
    }
    task = await response.json();
  } catch (failure) {
    if (signal.aborted) return;
    showOnly(root, alertBox('danger', 'Không kết nối được với máy chủ để đọc thông tin công việc. Xin thử lại sau.'));
    return;
  }

  const draft = task && task.processInstanceId ? DRAFTS[task.taskDefinitionKey] : null;
  if (draft || (task && task.processInstanceId && OFFICE_STEPS.includes(task.taskDefinitionKey))) {
    const follow = await followLink(engine, task, signal);
    if (signal.aborted) return;
    showOnly(root, draft ? draftSection(draft, task.processInstanceId) : follow);
    if (draft) root.appendChild(follow);
    return;
  }

  if (!task || !task.processInstanceId || !String(task.processDefinitionId || '').startsWith('nomination:')) {
    showOnly(root, el('p', { className: 'text-muted', id: 'ho-so-none',
      text: 'Việc này không thuộc một đề nghị khen thưởng nên không có hồ sơ.' }));
    return;
  }

  let instance;
  try {
    const response = await getJson(engine + '/process-instance/' + encodeURIComponent(task.processInstanceId), signal);
    if (!response.ok) {
      showOnly(root, alertBox('danger', response.status === 404
        ? 'Không đọc được đề nghị khen thưởng của việc này: quy trình đã kết thúc hoặc không còn tồn tại. Xin tải lại danh sách công việc.'
        : 'Không đọc được đề nghị khen thưởng của việc này (mã lỗi ' + response.status +
          '), nên không hiển thị được hồ sơ. Nếu cần, xin liên hệ quản trị hệ thống.'));
      return;
    }
    instance = await response.json();
  } catch (failure) {
    if (signal.aborted) return;
    showOnly(root, alertBox('danger', 'Không kết nối được với máy chủ để đọc đề nghị khen thưởng. Xin thử lại sau.'));
    return;
  }

  const businessKey = instance && instance.businessKey;
  if (!businessKey) {
    showOnly(root, alertBox('danger', 'Đề nghị khen thưởng của việc này chưa có số hồ sơ, nên chưa xem được hồ sơ. ' +
      'Xin liên hệ quản trị hệ thống.'));
    return;
  }

  buildDossier(state, businessKey);
}

// The signing steps of a decision and of a submission: the draft the signer is about to sign (DraftController).
const DRAFTS = {
  Task_SignDecision: 'Quyết định',
  Task_SignSubmission: 'Tờ trình'
};

function draftSection(kind, processInstanceId) {
  return el('div', { id: 'ho-so-du-thao' }, [
    el('h3', { style: 'margin-top:0', text: 'Dự thảo ' + kind }),
    el('p', { text: 'Bản PDF của ' + kind + ' sẽ ban hành khi ký: cùng nội dung, danh sách và tiền thưởng; ' +
      'số và ngày được cấp khi ký.' }),
    el('a', { id: 'ho-so-du-thao-link', className: 'btn btn-default', target: '_blank', rel: 'noopener',
      href: '/api/batches/' + encodeURIComponent(processInstanceId) + '/draft', text: 'Xem dự thảo ' + kind + ' (PDF)' })
  ]);
}

// The Office's steps of a session, a decision or a submission, which choose among nominations: their dossiers are
// on «Theo dõi đề nghị» (/de-nghi-cua-don-vi/), which the Office and the Director may open.
const OFFICE_STEPS = ['Task_ConfirmAgenda', 'Task_DecideNoQuorum', 'Task_ConfirmMinutes', 'Task_PrepareDecision',
  'Task_PrepareSubmission', 'Task_SendToProvince', 'Task_RecordProvinceDecision'];

/** A link to the nominations of the task's year on «Theo dõi đề nghị», where each one's «Hồ sơ» opens its dossier. */
async function followLink(engine, task, signal) {
  let year = '';
  try {
    const response = await getJson(engine + '/task/' + encodeURIComponent(task.id) + '/variables/year', signal);
    const variable = response.ok ? await response.json() : null;
    if (variable && Number.isInteger(variable.value)) year = String(variable.value);
  } catch (unreadable) {
    // the link without a year
  }
  return el('div', { id: 'ho-so-theo-doi', style: 'margin-top:16px' }, [
    el('h4', { text: 'Hồ sơ của các đề nghị' }),
    el('p', { text: 'Hồ sơ (Tờ trình, Báo cáo thành tích, Biên bản họp) của từng đề nghị' + (year ? ' năm ' + year : '') +
      ': mở trang «Theo dõi đề nghị», bấm «Hồ sơ» ở dòng của đề nghị.' }),
    el('a', { id: 'ho-so-theo-doi-link', className: 'btn btn-default', target: '_blank', rel: 'noopener',
      href: '/de-nghi-cua-don-vi/' + (year ? '?year=' + encodeURIComponent(year) : ''), text: 'Mở «Theo dõi đề nghị»' })
  ]);
}

function buildDossier(state, businessKey) {
  const { root } = state;
  root.textContent = '';

  root.appendChild(el('h3', { style: 'margin-top:0', text: 'Hồ sơ đề nghị ' + businessKey }));
  const required = el('p', { id: 'ho-so-required' });
  root.appendChild(required);

  // The list
  const listStatus = el('div', { id: 'ho-so-list-status' });
  const tbody = el('tbody');
  const table = el('table', { id: 'ho-so-documents', className: 'table table-condensed table-striped', style: 'display:none' }, [
    el('thead', {}, [el('tr', {}, [
      el('th', { scope: 'col', text: 'Loại' }),
      el('th', { scope: 'col', text: 'Tên tệp' }),
      el('th', { scope: 'col', style: 'text-align:right', text: 'Dung lượng' }),
      el('th', { scope: 'col', text: 'Người tải lên' }),
      el('th', { scope: 'col', text: 'Thời điểm' }),
      el('th', { scope: 'col' }, [el('span', { className: 'sr-only', text: 'Thao tác' })])
    ])]),
    tbody
  ]);
  root.appendChild(listStatus);
  root.appendChild(table);

  // The upload form
  const select = el('select', { id: 'ho-so-type', name: 'type', className: 'form-control', required: true }, [
    el('option', { value: '', text: '— Chọn loại tài liệu —' }),
    ...UPLOADABLE_TYPES.map((type) => el('option', { value: type, text: TYPE_NAMES[type] }))
  ]);
  // The browser's own file button speaks the browser's language ("Choose File"): it stays in the page
  // for the keyboard and for programs, out of sight, and a Vietnamese button and file name stand in.
  const file = el('input', { id: 'ho-so-file', name: 'file', type: 'file', accept: '.pdf,.docx,.jpg,.jpeg,.png',
    required: true, style: 'position:absolute;width:1px;height:1px;opacity:0;overflow:hidden' });
  const chosenName = el('span', { id: 'ho-so-file-name', className: 'text-muted', style: 'margin-left:10px',
    text: 'Chưa chọn tệp nào' });
  const chooser = el('button', { type: 'button', className: 'btn btn-default', text: 'Chọn tệp…' });
  chooser.addEventListener('click', () => file.click());
  file.addEventListener('change', () => {
    chosenName.textContent = file.files && file.files[0] ? file.files[0].name : 'Chưa chọn tệp nào';
  });
  const button = el('button', { id: 'ho-so-upload', type: 'submit', className: 'btn btn-primary', text: 'Tải lên' });
  const message = el('div', { id: 'ho-so-message', 'aria-live': 'polite', style: 'display:none;margin:10px 0 0' });
  const form = el('form', { id: 'ho-so-form', novalidate: true, style: 'max-width:520px;margin-top:20px' }, [
    el('h4', { text: 'Tải lên tài liệu' }),
    el('div', { className: 'form-group' }, [el('label', { for: 'ho-so-type', text: 'Loại tài liệu' }), select]),
    el('div', { className: 'form-group' }, [
      el('label', { for: 'ho-so-file', text: 'Tệp (PDF, DOCX, JPEG hoặc PNG, tối đa 20 MB)' }),
      el('div', { style: 'position:relative' }, [file, chooser, chosenName])]),
    button,
    message
  ]);
  root.appendChild(form);

  const ui = { businessKey, required, listStatus, table, tbody, select, file, chosenName, button, message };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    upload(state, ui);
  });
  refreshList(state, ui);
}

function setMessage(ui, kind, text) {
  const { message } = ui;
  if (!kind) {
    message.style.display = 'none';
    message.className = '';
    message.removeAttribute('role');
    message.textContent = '';
    return;
  }
  message.className = 'alert alert-' + kind;
  message.setAttribute('role', kind === 'danger' ? 'alert' : 'status');
  message.textContent = text;
  message.style.display = '';
}

function showRequired(ui, documents) {
  const present = new Set((documents || []).map((doc) => doc.type));
  const { required } = ui;
  required.textContent = '';
  required.appendChild(el('strong', { text: 'Bắt buộc: ' }));
  REQUIRED_TYPES.forEach((type, index) => {
    if (index > 0) required.appendChild(document.createTextNode(', '));
    const ok = present.has(type);
    required.appendChild(document.createTextNode(TYPE_NAMES[type] + ' '));
    required.appendChild(el('span', { className: ok ? 'text-success' : 'text-danger',
      'data-type': type, 'data-present': ok ? 'true' : 'false', text: ok ? '(đã có)' : '(còn thiếu)' }));
  });
}

async function refreshList(state, ui) {
  const { signal } = state;
  const { listStatus, table, tbody, businessKey } = ui;
  listStatus.textContent = '';
  listStatus.appendChild(el('p', { className: 'text-muted', text: 'Đang tải danh sách tài liệu…' }));

  let documents;
  try {
    const response = await getJson('/api/nominations/' + encodeURIComponent(businessKey) + '/documents', signal);
    if (!response.ok) {
      const text = await errorMessage(response, 'Không đọc được danh sách tài liệu (mã lỗi ' + response.status + ').');
      showOnly(listStatus, alertBox('danger', text));
      table.style.display = 'none';
      tbody.textContent = '';
      ui.required.textContent = '';
      return;
    }
    documents = await response.json();
  } catch (failure) {
    if (signal.aborted) return;
    showOnly(listStatus, alertBox('danger', 'Không kết nối được với máy chủ để đọc danh sách tài liệu. Xin thử lại sau.'));
    return;
  }
  if (!Array.isArray(documents)) documents = [];

  showRequired(ui, documents);
  tbody.textContent = '';
  listStatus.textContent = '';
  if (documents.length === 0) {
    table.style.display = 'none';
    listStatus.appendChild(el('p', { id: 'ho-so-empty', text: 'Chưa có tài liệu nào.' }));
    return;
  }
  for (const doc of documents) {
    tbody.appendChild(el('tr', { 'data-id': doc.id, 'data-type': doc.type }, [
      ...documentCells(doc),
      removeCell(state, ui, doc)
    ]));
  }
  table.style.display = '';
}

/** «Xóa», asked twice, for a file the user attached while the dossier is still with him or her (doc.mayRemove). */
function removeCell(state, ui, doc) {
  if (!doc.mayRemove) return el('td');
  return el('td', { style: 'white-space:nowrap' }, [askedTwice({
    label: 'Xóa',
    confirm: 'Xóa tệp này',
    classes: { ask: 'btn btn-link btn-xs ho-so-remove', confirm: 'btn btn-danger btn-xs ho-so-remove-confirm',
      cancel: 'btn btn-link btn-xs' },
    act: (button) => remove(state, ui, doc, button)
  })]);
}

async function remove(state, ui, doc, button) {
  const { api, signal } = state;
  button.disabled = true;
  try {
    const headers = { Accept: 'application/json' };
    const token = csrfToken(api);
    if (token) headers['X-XSRF-TOKEN'] = token;
    const response = await fetch('/api/nominations/' + encodeURIComponent(ui.businessKey) + '/documents/' +
      encodeURIComponent(doc.id), { method: 'DELETE', credentials: 'same-origin', headers, signal });
    if (response.status === 204) {
      setMessage(ui, 'success', 'Đã xóa «' + (doc.fileName || ('tài liệu số ' + doc.id)) + '» khỏi hồ sơ.');
      refreshList(state, ui);
      return;
    }
    setMessage(ui, 'danger', await errorMessage(response, 'Không xóa được (mã lỗi ' + response.status + ').'));
  } catch (failure) {
    if (signal.aborted) return;
    setMessage(ui, 'danger', 'Không xóa được: không kết nối được với máy chủ. Xin thử lại.');
  }
  button.disabled = false;
}

async function upload(state, ui) {
  const { api, signal } = state;
  const { select, file, button, businessKey } = ui;
  if (button.disabled) return;

  const type = select.value;
  const chosen = file.files && file.files[0];
  if (!type) {
    setMessage(ui, 'danger', 'Xin chọn loại tài liệu trước khi tải lên.');
    select.focus();
    return;
  }
  if (!chosen) {
    setMessage(ui, 'danger', 'Xin chọn tệp cần tải lên.');
    file.focus();
    return;
  }
  if (chosen.size === 0) {
    setMessage(ui, 'danger', 'Tệp «' + chosen.name + '» trống (0 B), xin chọn tệp khác.');
    file.focus();
    return;
  }
  if (chosen.size > MAX_BYTES) {
    setMessage(ui, 'danger', 'Tệp «' + chosen.name + '» có dung lượng ' + formatSize(chosen.size) +
      ', vượt quá mức tối đa 20 MB. Xin chọn tệp nhỏ hơn.');
    file.focus();
    return;
  }

  const body = new FormData();
  body.append('file', chosen, chosen.name);
  body.append('type', type);

  button.disabled = true;
  setMessage(ui, 'info', 'Đang tải lên…');
  let uploaded = false;
  try {
    const headers = { Accept: 'application/json' };
    const token = csrfToken(api);
    if (token) headers['X-XSRF-TOKEN'] = token;
    const response = await fetch('/api/nominations/' + encodeURIComponent(businessKey) + '/documents', {
      method: 'POST',
      credentials: 'same-origin',
      headers,
      body,
      signal
    });
    if (response.status === 201 || response.ok) {
      let saved = null;
      try {
        saved = await response.json();
      } catch (noBody) {
        // the list below shows it anyway
      }
      setMessage(ui, 'success', 'Đã tải lên «' + ((saved && saved.fileName) || chosen.name) + '».');
      uploaded = true;
    } else {
      setMessage(ui, 'danger', await errorMessage(response, 'Không tải lên được (mã lỗi ' + response.status + ').'));
    }
  } catch (failure) {
    if (signal.aborted) return;
    setMessage(ui, 'danger', 'Không tải lên được: không kết nối được với máy chủ. Xin thử lại.');
  } finally {
    button.disabled = false;
  }
  if (uploaded) {
    file.value = '';
    ui.chosenName.textContent = 'Chưa chọn tệp nào';
    select.value = '';
    refreshList(state, ui);
  }
}

function start(node, api, taskId) {
  const state = { node, api, taskId, controller: new AbortController() };
  state.signal = state.controller.signal;
  state.root = el('div', { id: 'ho-so', style: 'padding:10px 0' }, [
    el('p', { className: 'text-muted', text: 'Đang tải hồ sơ…' })
  ]);
  node.textContent = '';
  node.appendChild(state.root);
  mounted.add(state);
  load(state).catch((failure) => {
    if (state.signal.aborted) return;
    console.error('Tab Hồ sơ:', failure);
    showOnly(state.root, alertBox('danger', 'Đã có lỗi khi hiển thị hồ sơ. Xin tải lại trang.'));
  });
  return state;
}

function stop(state) {
  if (!state) return;
  state.controller.abort();
  mounted.delete(state);
}

export default {
  id: 'ho-so',
  pluginPoint: 'tasklist.task.detail',
  priority: 10,
  properties: {
    label: 'Hồ sơ'
  },
  render(node, { api, taskId } = {}, scope) {
    let state = start(node, api, taskId);
    // Tasklist keeps the selected tab when another task is chosen: its scope's task changes while
    // this node stays. Follow it, and stop when the tab goes away.
    if (scope && typeof scope.$watch === 'function') {
      scope.$watch('task.id', (id) => {
        if (id && id !== state.taskId) {
          stop(state);
          state = start(node, api, id);
        }
      });
      if (typeof scope.$on === 'function') {
        scope.$on('$destroy', () => stop(state));
      }
    }
  },
  // Called without arguments; stop whatever is no longer on the page.
  unmount() {
    setTimeout(() => {
      for (const state of Array.from(mounted)) {
        if (!state.node.isConnected) stop(state);
      }
    }, 0);
  }
};
