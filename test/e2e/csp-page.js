// The page of the security check (test/e2e/security.ts): served with a strict Content Security
// Policy and Trusted Types, it loads the built bundle and points a dashboard at ?api=…, recording
// every policy violation, every long task on the main thread, and an XSS canary.
window.violations = [];
window.longTasks = [];
window.__xss = 0;
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
await import('/dist/lead-dashboard.js');
const dashboard = document.querySelector('lead-dashboard');
await customElements.whenDefined('lead-dashboard');
// measure from the request on: the page's own start-up (module evaluation, first render) is not the payload's
await dashboard.updateComplete;
await new Promise((resolve) => setTimeout(resolve, 100));
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.longTasks.push(Math.round(entry.duration));
}).observe({ type: 'longtask' });
window.loaded = new Promise((resolve, reject) => {
  dashboard.addEventListener('lead-data-load', (event) => resolve(event.detail), { once: true });
  dashboard.addEventListener('lead-data-error', (event) => reject(new Error(event.detail.message)), { once: true });
});
dashboard.api = new URLSearchParams(location.search).get('api');
