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
// (after the first render has been drawn, and the tasks queued before that frame have run)
await dashboard.updateComplete;
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.longTasks.push(Math.round(entry.duration));
}).observe({ type: 'longtask' });
// The outcome of the load, which the check polls for. It used to be a promise awaited through
// page.evaluate: Chromium 150 reports such a pending promise as garbage collected ("Resulting
// promise was garbage collected") although the page keeps it, so the check failed on that version.
dashboard.addEventListener('lead-data-load', (event) => (window.loaded ??= { detail: event.detail }), { once: true });
dashboard.addEventListener('lead-data-error', (event) => (window.loaded ??= { error: event.detail.message }), { once: true });
dashboard.api = new URLSearchParams(location.search).get('api');
