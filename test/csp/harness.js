// Records, from the very start of the page, every CSP violation, uncaught
// error and console error, for the strict-CSP browser test to read.
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample || ''}`);
});
addEventListener('error', (e) => window.__errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
const consoleError = console.error;
console.error = (...args) => {
  window.__errors.push(args.map(String).join(' '));
  consoleError.apply(console, args);
};
