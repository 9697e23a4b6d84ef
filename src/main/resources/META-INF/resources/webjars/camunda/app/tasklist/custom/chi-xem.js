// Tasklist offers everyone who opens a task to set its follow-up date and its due date, to add groups and to
// hand it to someone else. Only who may change the task can do so: UPDATE on the task, or UPDATE_TASK on its
// process (the Office; whom a task is assigned to gets TASK_WORK, application.yaml). A unit head, a Council
// member or the Director who tried was answered «Anh/chị không có quyền thực hiện thao tác này.». For them
// this module makes the task's header read-only: a due date, the groups and the assignee that are set are
// shown and not offered for change, and what is not set is not offered at all. The engine decides, asked once
// per process and, when that does not allow it, once per task (authorization/check); until it has answered,
// or if it cannot, nothing changes. Whoever the task is for, «Trả việc» (unclaim) is not offered on a task
// without groups: a ballot or a unit head's dossier would then belong to nobody, listed in no one's «Việc của
// tôi» or «Phiếu biểu quyết».
// Loaded by `customScripts` in scripts/config.js.

import { engineApi, getJson, selectedTask, whenever } from './dom.js';

const HEADER = '.task-card .meta';
const OFFERS = '[translate="SET_FOLLOW_UP_DATE"], [translate="SET_DUE_DATE"], [translate="ADD_GROUPS"]';
const FIELDS = '.followup-date, .due-date, .groups > span, .groups a, .assignee > [cam-widget-inline-field]';
const WITHOUT_GROUPS = '[translate="ADD_GROUPS"]';

/** task id -> true (may change it), false (may not), or the question under way (Promise). */
const mayChange = new Map();
/** process definition id -> whether the user has UPDATE_TASK on its key (Promise): asked once per process. */
const byProcess = new Map();

async function get(path) {
  const response = await getJson(engineApi() + path);
  if (!response.ok) throw new Error(path + ': ' + response.status);
  return response.json();
}

async function authorized(permissionName, resourceName, resourceType, resourceId) {
  const query = new URLSearchParams({ permissionName, resourceName, resourceType, resourceId });
  return (await get('/authorization/check?' + query)).authorized === true;
}

async function ask(taskId) {
  const task = await get('/task/' + encodeURIComponent(taskId));
  const process = task.processDefinitionId;
  if (process) {
    if (!byProcess.has(process)) {
      byProcess.set(process, get('/process-definition/' + encodeURIComponent(process))
        .then((definition) => authorized('UPDATE_TASK', 'ProcessDefinition', '6', definition.key)));
    }
    if (await byProcess.get(process)) return true;
  }
  return authorized('UPDATE', 'Task', '7', taskId);
}

function apply(header) {
  const card = header.closest('.task-card');
  const taskId = selectedTask(window.location.hash);
  if (!card || !taskId) return;
  if (!mayChange.has(taskId)) {
    mayChange.set(taskId, ask(taskId)
      .catch(() => true)
      .then((may) => {
        mayChange.set(taskId, may);
        document.querySelectorAll(HEADER).forEach(apply);
      }));
  }
  const may = mayChange.get(taskId);
  const readOnly = may === false;
  if (typeof may === 'boolean') card.setAttribute('data-quyen-sua', may ? 'co' : 'khong');
  else card.removeAttribute('data-quyen-sua');
  for (const item of header.querySelectorAll(':scope > li')) {
    item.classList.toggle('chi-xem-an', readOnly && item.querySelector(OFFERS) !== null);
  }
  for (const field of header.querySelectorAll(FIELDS)) {
    if (readOnly) field.setAttribute('tabindex', '-1');
    else if (field.matches('[cam-widget-inline-field]')) field.setAttribute('tabindex', '0');
    else field.removeAttribute('tabindex');
  }
  const withoutGroups = card.querySelector(WITHOUT_GROUPS) !== null;
  for (const unclaim of card.querySelectorAll('.meta .unclaim')) {
    unclaim.classList.toggle('chi-xem-an', withoutGroups);
  }
}

whenever(HEADER, apply, '__chiXem');
// another user may log in without the page being loaded again: ask again for everything
window.addEventListener('hashchange', () => {
  if (window.location.hash.startsWith('#/login')) {
    mayChange.clear();
    byProcess.clear();
  }
});

// Nothing to plug in: the module works by being loaded.
export default [];
