// Link "Đề nghị của đơn vị" in Tasklist's navbar: opens the page (/de-nghi-cua-don-vi/) where a unit head follows his
// units' nominations after sending them, and withdraws one before the Council votes. /api/me/nominations answers
// 200 to unit heads only.

import { navbarLink } from './lien-ket.js';

export default navbarLink({
  id: 'de-nghi-cua-don-vi',
  page: '/de-nghi-cua-don-vi/',
  label: 'Đề nghị của đơn vị',
  title: 'Các đề nghị khen thưởng của đơn vị: đang ở bước nào, kết quả, rút đề nghị',
  icon: 'glyphicon-list-alt',
  priority: 55,
  probe: () => '/api/me/nominations?limit=1'
});
