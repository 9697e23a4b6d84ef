// Link in Tasklist's navbar to the page /de-nghi-cua-don-vi/: «Đề nghị của đơn vị» for a unit head, who follows his
// units' nominations after sending them and withdraws one before the Council votes; «Theo dõi đề nghị» for the
// Office and the Director, who follow every unit's. /api/me/nominations/scope answers 200 to them only, and says
// which, without reading any nomination.

import { navbarLink } from './lien-ket.js';

const everyUnit = (page) => page && page.scope === 'ALL';

export default navbarLink({
  id: 'de-nghi-cua-don-vi',
  page: '/de-nghi-cua-don-vi/',
  label: (page) => (everyUnit(page) ? 'Theo dõi đề nghị' : 'Đề nghị của đơn vị'),
  title: (page) => (everyUnit(page)
    ? 'Các đề nghị khen thưởng của mọi đơn vị: đang ở bước nào, kết quả'
    : 'Các đề nghị khen thưởng của đơn vị: đang ở bước nào, kết quả, rút đề nghị'),
  icon: 'glyphicon-list-alt',
  priority: 55,
  probe: () => '/api/me/nominations/scope'
});
