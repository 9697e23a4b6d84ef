// «Hướng dẫn» in Tasklist's header: the user guide (/huong-dan/, static/huong-dan/), in a new tab so that an open form
// stays as it is, at the section of the user's role when his groups tell it, else at its top. The link is there at
// once, for everybody; it gets its section when the session's user and his groups have been read (the engine's group
// query, which every Tasklist user may read: RoleSetup). UserGuideTests checks that the page has each section below.

import { el, engineApi, getJson, loggedInUser } from './dom.js';

const PAGE = '/huong-dan/';

// The first of these groups the user is in names his section: the Director, also the Council's chair, signs; the
// Office's chief, also a unit head and the Council's secretary, works for the Office; a unit head may sit on the Council.
const SECTIONS = [
  ['director', 'giam-doc-so'],
  ['deputydirectors', 'giam-doc-so'],
  ['office', 'van-phong-so'],
  ['unitheads', 'thu-truong-don-vi'],
  ['council', 'thanh-vien-hoi-dong'],
  ['camunda-admin', 'quan-tri'],
  ['processowners', 'quan-tri']
];

/** The section of the logged-in user's role, or null. */
async function section() {
  const user = await loggedInUser();
  if (!user) return null;
  const response = await getJson(engineApi() + '/group?member=' + encodeURIComponent(user));
  const groups = response.ok ? (await response.json()).map((group) => group.id) : [];
  const found = SECTIONS.find(([group]) => groups.includes(group));
  return found ? found[1] : null;
}

export default {
  id: 'huong-dan',
  pluginPoint: 'tasklist.navbar.action',
  // after the other links, beside the user's menu
  priority: 10,
  render(node) {
    const link = el('a', { href: PAGE, id: 'huong-dan-link', target: '_blank', rel: 'noopener',
      title: 'Hướng dẫn sử dụng: việc của từng người (mở trong thẻ mới)' }, [
      el('span', { className: 'glyphicon glyphicon-question-sign', 'aria-hidden': 'true' }),
      ' ',
      el('span', { text: 'Hướng dẫn' })
    ]);
    node.textContent = '';
    node.appendChild(link);
    section().then((anchor) => {
      if (anchor) link.setAttribute('href', PAGE + '#' + anchor);
    }).catch((failure) => console.warn(PAGE + ': không xác định được vai trò, hướng dẫn mở từ đầu trang.', failure));
  }
};
