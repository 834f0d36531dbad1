// MotCua: Vietnamese is the default language; English stays available for browsers that ask for it.
export default {
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  }
};
