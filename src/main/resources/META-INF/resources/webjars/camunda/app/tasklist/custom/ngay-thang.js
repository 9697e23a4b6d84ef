// A date field of Camunda Forms (form-js) takes its format from the browser's own locale: it asks
// `new Intl.DateTimeFormat('default')` how today looks and shows and reads dates that way. On a computer
// set to English (many offices run Windows and Chrome in English) that is M/d/yyyy: «05/11/2026» typed by a
// civil servant was read as 11 May and stored as 2026-05-11, and even in Vietnamese the day lost its zero
// (5/11/2026). This module makes a date format asked for without options the Vietnamese one with two-digit
// day and month (dd/MM/yyyy), as the rest of Tasklist shows dates (scripts/config.js) and as administrative
// documents write them. A format asked for with options, or for a named locale, is left as it is.
// Loaded by `customScripts` in scripts/config.js, before any form is shown.

const VIETNAMESE_DATE = { day: '2-digit', month: '2-digit', year: 'numeric' };

function vietnameseDefault(Native) {
  const DateTimeFormat = function (locales, options) {
    const browserDefault = locales === undefined || locales === 'default';
    return browserDefault && options === undefined
      ? new Native('vi-VN', VIETNAMESE_DATE)
      : new Native(locales, options);
  };
  DateTimeFormat.prototype = Native.prototype;
  DateTimeFormat.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
  return DateTimeFormat;
}

// The field's calendar (flatpickr, inside form-js) speaks its own English: months, weekdays, the week from
// Sunday. form-js gives it no locale, so the calendar gets the Vietnamese one, the week from Monday, when the
// user first reaches the field (mouse or keyboard), before form-js opens it.
const VIETNAMESE_CALENDAR = {
  weekdays: {
    shorthand: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    longhand: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy']
  },
  months: {
    shorthand: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
    longhand: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8', 'Tháng 9',
      'Tháng 10', 'Tháng 11', 'Tháng 12']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' đến ',
  weekAbbreviation: 'Tuần',
  scrollTitle: 'Cuộn để tăng',
  toggleTitle: 'Nhấn để chuyển',
  yearAriaLabel: 'Năm',
  monthAriaLabel: 'Tháng',
  hourAriaLabel: 'Giờ',
  minuteAriaLabel: 'Phút',
  time_24hr: true
};

function vietnameseCalendar(event) {
  const input = event.target && event.target.closest && event.target.closest('.fjs-datepicker input');
  if (!input) return;
  const calendar = input._flatpickr || (input.closest('.fjs-datepicker') || {})._flatpickr;
  if (calendar && calendar.__ngayThang !== true) {
    calendar.__ngayThang = true;
    calendar.set('locale', VIETNAMESE_CALENDAR);
  }
}

if (!window.__ngayThang) {
  window.__ngayThang = true;
  Intl.DateTimeFormat = vietnameseDefault(Intl.DateTimeFormat);
  document.addEventListener('mousedown', vietnameseCalendar, true);
  document.addEventListener('focusin', vietnameseCalendar, true);
}

// Nothing to plug in: the module works by being loaded.
export default [];
