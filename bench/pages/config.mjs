// The three equivalent pages: same skeleton, same two optional categories
// (analytics, marketing), same English texts.
export const TEXT = {
  title: 'Your privacy',
  description: 'We would like to use cookies to measure visits and to show our campaigns on other sites. Nothing optional is turned on until you choose.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  choose: 'Choose',
  analytics: ['Analytics', 'Counts visits and which pages are read.'],
  marketing: ['Marketing', 'Shows our campaigns on other sites.'],
};

export const pages = {
  ours: {
    // Where the "Accept all" button is: CSS selectors, a shadow root between each.
    button: ['pv-consent-banner', '.actions button'],
    head: '',
    body: `<pv-consent-banner policy-url="/privacy"></pv-consent-banner>
<script type="module" src="/dist/cdn/consent-banner.js"></script>`,
  },
  vanilla: {
    button: ['button[data-role="all"]'],
    head: '<link rel="stylesheet" href="/node_modules/vanilla-cookieconsent/dist/cookieconsent.css">',
    body: `<script src="/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js"></script>
<script src="/bench/pages/vanilla-init.js"></script>`,
  },
  orejime: {
    button: ['button[data-testid="orejime-banner-accept"]'],
    head: '<link rel="stylesheet" href="/node_modules/orejime/dist/orejime-standard.css">',
    body: `<script src="/bench/pages/orejime-config.js"></script>
<script src="/node_modules/orejime/dist/orejime-standard-en.js"></script>`,
  },
};
