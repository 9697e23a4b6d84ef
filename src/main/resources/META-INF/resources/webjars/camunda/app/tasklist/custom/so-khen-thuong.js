// Link "Sổ khen thưởng" in Tasklist's navbar (SPEC §7.1): opens the award registry page (/so-khen-thuong/) for the
// Office, the only ones /api/registry answers 200.

import { navbarLink } from './lien-ket.js';

export default navbarLink({
  id: 'so-khen-thuong',
  page: '/so-khen-thuong/',
  label: 'Sổ khen thưởng',
  title: 'Sổ theo dõi khen thưởng của Văn phòng Sở',
  icon: 'glyphicon-book',
  priority: 50,
  probe: () => '/api/registry?year=' + encodeURIComponent(new Date().getFullYear())
});
