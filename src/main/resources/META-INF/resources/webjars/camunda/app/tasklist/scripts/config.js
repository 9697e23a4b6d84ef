// Vietnamese first (SPEC §8): the webapps take the browser's first language when it is one of
// availableLocales, and fall back to Vietnamese otherwise. Dates as Vietnamese write them.
export default {
  customScripts: ['custom/ho-so', 'custom/so-khen-thuong', 'custom/de-nghi', 'custom/thong-bao', 'custom/bieu-mau', 'custom/loi', 'custom/don-vi', 'custom/dau-hai-cham', 'custom/chi-xem', 'custom/ngay-thang', 'custom/ket-thuc-ngay', 'custom/ten-ung-dung', 'custom/huong-dan'],
  app: {
    name: '· Công việc',
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
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển đến bộ lọc đầu tiên'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển đến việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển đến ô nhập đầu tiên của biểu mẫu'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại bắt đầu quy trình'
    }
  }
};
