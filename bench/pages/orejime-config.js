// orejime 3.2.1 with the same two categories and texts as ours.
window.orejimeConfig = {
  privacyPolicyUrl: '/privacy',
  purposes: [
    {id: 'analytics', title: 'Analytics', description: 'Counts visits and which pages are read.', cookies: []},
    {id: 'marketing', title: 'Marketing', description: 'Shows our campaigns on other sites.', cookies: []},
  ],
  translations: {
    banner: {
      title: 'Your privacy',
      description: 'We would like to use cookies to measure visits and to show our campaigns on other sites. Nothing optional is turned on until you choose. {privacyPolicy}',
      privacyPolicyLabel: 'Privacy policy',
      accept: 'Accept all',
      decline: 'Reject all',
      configure: 'Choose',
    },
  },
};
