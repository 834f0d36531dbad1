// MotCua: Vietnamese is the default language; English stays available for browsers that ask for it.
export default {
  // Reform KPI dashboard plugin (issue #7); the path is relative to app/cockpit/.
  customScripts: ['scripts/motcua-kpi'],
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  }
};
