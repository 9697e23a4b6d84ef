// A date field of Camunda Forms (form-js) takes its format from the browser's own locale: it asks
// `new Intl.DateTimeFormat('default')` how today looks and shows and reads dates that way. On a computer
// set to English (many offices run Windows and Chrome in English) that is M/d/yyyy: «05/11/2026» typed by a
// civil servant was read as 11 May and stored as 2026-05-11, and even in Vietnamese the day lost its zero
// (5/11/2026). This module makes a date format asked for without options the Vietnamese one with two-digit
// day and month (dd/MM/yyyy), as the rest of Tasklist shows dates (scripts/config.js) and as administrative
// documents write them. A format asked for with options, or for a named locale, is left as it is.
// Loaded by `customScripts` in scripts/config.js, before any form is shown.

const Native = Intl.DateTimeFormat;

if (!Native.__ngayThang) {
  const VIETNAMESE_DATE = { day: '2-digit', month: '2-digit', year: 'numeric' };
  const DateTimeFormat = function (locales, options) {
    const browserDefault = locales === undefined || locales === 'default';
    return browserDefault && options === undefined
      ? new Native('vi-VN', VIETNAMESE_DATE)
      : new Native(locales, options);
  };
  DateTimeFormat.prototype = Native.prototype;
  DateTimeFormat.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
  DateTimeFormat.__ngayThang = true;
  Intl.DateTimeFormat = DateTimeFormat;
}

// Nothing to plug in: the module works by being loaded.
export default [];
