// vanilla-cookieconsent 3.1.0 with the same two categories and texts as ours.
window.CookieConsent.run({
  // The benchmark's browser is automated; vanilla-cookieconsent hides itself
  // from automated browsers unless told not to.
  hideFromBots: false,
  categories: {necessary: {enabled: true, readOnly: true}, analytics: {}, marketing: {}},
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'Your privacy',
          description: 'We would like to use cookies to measure visits and to show our campaigns on other sites. Nothing optional is turned on until you choose. <a href="/privacy">Privacy policy</a>',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Choose',
        },
        preferencesModal: {
          title: 'Your choices',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save choices',
          closeIconLabel: 'Close',
          sections: [
            {title: 'Necessary', description: 'Needed for the site to work.', linkedCategory: 'necessary'},
            {title: 'Analytics', description: 'Counts visits and which pages are read.', linkedCategory: 'analytics'},
            {title: 'Marketing', description: 'Shows our campaigns on other sites.', linkedCategory: 'marketing'},
          ],
        },
      },
    },
  },
});
