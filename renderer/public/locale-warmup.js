// A worker started by head-start.js: formats a date, a number and a plural once, in the user's language,
// so the renderer process has loaded its locale data before the app's first screen formats anything.
// It has no other effect, and closes itself.
try {
  var language = self.navigator && self.navigator.language;
  var locales = language ? [language] : [];
  new Intl.DateTimeFormat(locales, { day: 'numeric', month: 'short', year: 'numeric' }).format(0);
  new Intl.NumberFormat(locales, { maximumFractionDigits: 1 }).format(1.5);
  new Intl.PluralRules(locales).select(1);
} catch {
  // Nothing to do here: the app formats without the head start.
}
self.close();
