// The banner's revision from the page's ?revision= (a separate file: the test
// pages run under the same strict policy as partners' pages could).
const revision = new URLSearchParams(location.search).get('revision');
if (revision) document.querySelector('pv-consent-banner').setAttribute('revision', revision);
