// Vietnamese first (SPEC §8): the webapps take the browser's first language when it is one of
// availableLocales, and fall back to Vietnamese otherwise. Dates as Vietnamese write them.
export default {
  // the notifications' heading without a space before its colon (shared with Tasklist)
  customScripts: ['../tasklist/custom/dau-hai-cham'],
  // «Liên kết»: our guide in Vietnamese first, then Camunda's documentation of the webapps (its default, the only link
  // before). A label or description that is a locale key (DOCUMENTATION…) is translated, any other text shown as it is.
  links: [
    {
      label: 'Hướng dẫn sử dụng',
      href: '/huong-dan/',
      description: 'Việc của từng người: thủ trưởng đơn vị, Văn phòng Sở, Hội đồng, Giám đốc Sở, quản trị'
    },
    {
      label: 'DOCUMENTATION',
      href: 'https://docs.camunda.org/manual/latest/webapps/',
      description: 'DOCUMENTATION_DESCRIPTION'
    }
  ],
  app: {
    name: '· Trang chủ',
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
