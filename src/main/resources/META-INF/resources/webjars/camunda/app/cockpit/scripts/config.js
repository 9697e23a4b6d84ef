// Vietnamese first (SPEC §8): the webapps take the browser's first language when it is one of
// availableLocales, and fall back to Vietnamese otherwise. Dates as Vietnamese write them.
export default {
  // the notifications' heading without a space before its colon (shared with Tasklist), the webapps' Vietnamese
  // names in the menu behind the house icon, «(không có)» where Camunda's templates write «null», the words Camunda
  // writes in its templates («Actions», the zoom buttons' tooltips…) and those of the decision tables (dmn-js)
  customScripts: ['../tasklist/custom/dau-hai-cham', '../tasklist/custom/ten-ung-dung', '../tasklist/custom/khong-co',
    '../tasklist/custom/thao-tac', '../tasklist/custom/bang-quyet-dinh'],
  app: {
    name: '· Giám sát',
    vendor: 'Thi đua - Khen thưởng'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },
  locales: {
    availableLocales: ['vi', 'en', 'de'],
    fallbackLocale: 'vi'
  }
};
