// A process started from Tasklist may end at once: a Council session, a decision or a submission to the province
// finds no nomination waiting and ends (SPEC §4.2: "with none, it says so and ends"). Tasklist only says «Quy trình
// đã được bắt đầu.» and then shows nothing, so the officer is left to guess. This module watches the start's answer
// (the engine's process instance, whose `ended` is true) and then tells the officer, in a notice that stays until
// closed, which end the process reached, by the name the process owner gave that end event in the diagram:
// «Phiên họp Hội đồng Thi đua - Khen thưởng đã kết thúc ngay: Không có đề nghị chờ xét. Không có việc nào được tạo.» A changed diagram needs no change here.
// Loaded by `customScripts` in scripts/config.js.

import { el, engineApi, getJson } from './dom.js';

/** The start of a process from a definition, through the webapp session or /engine-rest. */
const START = /\/process-definition\/(?:key\/[^/]+(?:\/tenant-id\/[^/]+)?|[^/]+)\/(?:submit-form|start)(?:\?.*)?$/;

/** The instance a start answered with, when it has already ended; null otherwise. */
export function endedInstance(method, url, status, body) {
  if (String(method).toUpperCase() !== 'POST' || status !== 200 || !START.test(String(url))) return null;
  try {
    const instance = JSON.parse(body);
    return instance && instance.ended === true && typeof instance.id === 'string' ? instance : null;
  } catch (notJson) {
    return null;
  }
}

/** The notice's heading and text, from the process's name and the end event it reached (either may be unknown). */
export function notice(processName, endName) {
  const where = (processName || '').trim();
  const why = (endName || '').trim().replace(/[.\s]+$/, '');
  return {
    status: (where || 'Quy trình') + ' đã kết thúc ngay',
    message: (why ? why + '. ' : '') + 'Không có việc nào được tạo.'
  };
}

async function read(path) {
  const response = await getJson(engineApi() + path);
  return response.ok ? response.json() : null;
}

/** The process's name and the name of the end event it reached; each null when history cannot be read. */
async function howItEnded(instanceId) {
  const id = encodeURIComponent(instanceId);
  try {
    const [instance, activities] = await Promise.all([
      read('/history/process-instance/' + id),
      read('/history/activity-instance?processInstanceId=' + id + '&finished=true&sortBy=endTime&sortOrder=desc')
    ]);
    const end = (activities || []).find((activity) => /EndEvent$/.test(activity.activityType || ''));
    return [instance && instance.processDefinitionName, end && end.activityName];
  } catch (unreachable) {
    return [null, null];
  }
}

function show({ status, message }) {
  const panel = document.querySelector('.page-notifications .notifications') || document.querySelector('.page-notifications');
  if (!panel) return;
  const close = el('button', { type: 'button', className: 'close', 'aria-label': 'Đóng', text: '×' });
  const alert = el('div', { className: 'alert alert-warning ket-thuc-ngay', role: 'alert' }, [
    close, el('strong', { className: 'status', text: status }), el('strong', { text: ':' }), ' ',
    el('span', { className: 'message', text: message })
  ]);
  close.addEventListener('click', () => alert.remove());
  panel.appendChild(alert);
}

async function announce(instance) {
  const [processName, endName] = await howItEnded(instance.id);
  show(notice(processName, endName));
}

if (typeof XMLHttpRequest !== 'undefined' && !window.__ketThucNgay) {
  window.__ketThucNgay = true;
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.addEventListener('load', () => {
      let instance = null;
      try {
        instance = endedInstance(method, url, this.status, this.responseType === '' || this.responseType === 'text' ? this.responseText : '');
      } catch (unreadable) {
        instance = null;
      }
      if (instance) announce(instance);
    });
    return open.call(this, method, url, ...rest);
  };
}

// Nothing to plug in: the module works by being loaded.
export default [];
