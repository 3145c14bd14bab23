import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import '../../src/index.js';
import type { LeadStatusChart } from '../../src/components/lead-status-chart/lead-status-chart.js';
import type { LeadConversionChart } from '../../src/components/lead-conversion-chart/lead-conversion-chart.js';
import type { LeadSelectEvent } from '../../src/events/lead-select.js';
import { fixture as managerData } from '../fixtures/manager.js';
import { useMsw, worker } from '../helpers/msw.js';
import { summaryOf } from '../helpers/summaries.js';

useMsw();

// the dark theme is tokens only: the stylesheet the package ships, on a dark page
const darkTheme = document.createElement('link');
darkTheme.rel = 'stylesheet';
darkTheme.href = '/themes/dark.css';
document.head.append(darkTheme);
await new Promise((resolve) => darkTheme.addEventListener('load', resolve, { once: true }));

const ZONE = 'Asia/Ho_Chi_Minh';

/** The element that has focus, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function themed(theme: 'light' | 'dark', lang: 'vi' | 'en', state: 'loaded' | 'empty' | 'error' | 'loading') {
  const host = await fixture<HTMLDivElement>(
    html`<div class=${theme === 'dark' ? 'lead-theme-dark' : ''} style=${theme === 'dark' ? 'background:#12151a;color:#e6e8eb;padding:8px' : 'background:#fff;color:#1f2430;padding:8px'}>
      <lead-dashboard lang=${lang} range="all" time-zone=${ZONE}></lead-dashboard>
    </div>`,
  );
  const el = host.querySelector('lead-dashboard')!;
  if (state === 'loaded') el.data = managerData;
  if (state === 'empty') el.data = { owners: [{ id: 'a', label: 'An' }], leads: [] };
  if (state === 'error' || state === 'loading') {
    worker.use(
      http.get('/a11y/leads', async () => {
        // loading: a server that does not answer, so the state lasts as long as the test looks at it
        if (state === 'loading') await delay('infinite');
        return new HttpResponse(null, { status: 404 });
      }),
    );
    const failed = state === 'error' ? oneEvent(el, 'lead-data-error') : null;
    el.api = '/a11y/leads';
    await failed;
  }
  await el.updateComplete;
  return el;
}

/** WCAG relative luminance and contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((c) => {
        const v = Number(c) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

describe('accessibility (WCAG 2.2 AA)', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const lang of ['vi', 'en'] as const) {
      for (const state of ['loaded', 'empty', 'error', 'loading'] as const) {
        it(`has no axe violations ${state}, in ${lang}, ${theme}`, async () => {
          const el = await themed(theme, lang, state);
          await expect(el.parentElement!).to.be.accessible();
        });
      }
    }
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`draws every status mark with at least 3:1 contrast against its surface (${theme})`, async () => {
      const el = await themed(theme, 'en', 'loaded');
      const surface = theme === 'dark' ? 'rgb(28, 32, 39)' : 'rgb(255, 255, 255)';
      const chart = el.shadowRoot!.querySelector('lead-status-chart')!;
      const fills = new Set([...chart.shadowRoot!.querySelectorAll('rect[role=button]')].map((rect) => getComputedStyle(rect).fill));
      expect(fills.size).to.be.greaterThan(5);
      for (const fill of fills) expect(contrast(fill, surface), `${fill} on ${surface}`).to.be.at.least(3);
      const bars = el.shadowRoot!.querySelector('lead-conversion-chart')!.shadowRoot!.querySelectorAll('rect.bar');
      expect(bars.length).to.be.greaterThan(2);
      for (const bar of bars) expect(contrast(getComputedStyle(bar).fill, surface), 'conversion bar').to.be.at.least(3);
    });
  }

  it('walks with the keyboard alone from the filter bar through the chart segments to the table, firing lead-select', async () => {
    const el = await themed('light', 'en', 'loaded');
    const selections: LeadSelectEvent['detail'][] = [];
    el.addEventListener('lead-select', (event) => selections.push(event.detail));
    // start before the dashboard and tab in
    const start = document.createElement('button');
    start.textContent = 'before';
    el.parentElement!.prepend(start);
    start.focus();
    const seen: string[] = [];
    const tabTo = async (match: (node: Element) => boolean, limit = 60) => {
      for (let k = 0; k < limit; k++) {
        await sendKeys({ press: 'Tab' });
        const node = deepActive()!;
        seen.push(node.getAttribute('aria-label') ?? node.getAttribute('name') ?? node.textContent!.trim().slice(0, 20));
        if (match(node)) return node;
      }
      throw new Error(`not reached; focus went through: ${seen.join(' › ')}`);
    };
    const range = await tabTo((node) => node.localName === 'select' && node.getAttribute('name') === 'range');
    expect(range).not.to.equal(undefined);
    const segment = await tabTo((node) => node.localName === 'rect' && node.getAttribute('role') === 'button');
    expect(segment.getAttribute('aria-label')).to.equal('An, New: 1 (12.5%)');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    expect(selections.at(-1)).to.deep.equal({ groupBy: 'owner', group: 'u1', status: 'in_progress', from: null, to: null });
    const cell = await tabTo((node) => node.localName === 'td');
    expect(cell.closest('table')).not.to.equal(null);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    expect(selections.at(-1)).to.deep.equal({ groupBy: 'owner', group: 'u2', status: 'new', from: null, to: null });
    expect(selections).to.have.length(2);
  });

  it('announces loading and results in a polite live region, and errors as an alert', async () => {
    const loading = await themed('light', 'en', 'loading');
    const status = loading.shadowRoot!.querySelector('[role=status][aria-live=polite]')!;
    expect(status.textContent!.trim()).to.equal('Loading data…');
    const loaded = await themed('light', 'en', 'loaded');
    expect(loaded.shadowRoot!.querySelector('[role=status][aria-live=polite]')!.textContent!.trim()).to.equal(
      '14 leads in 5 groups, All time.',
    );
    const failed = await themed('light', 'vi', 'error');
    expect(failed.shadowRoot!.querySelector('[role=alert] p')!.textContent).to.equal('Không tìm thấy địa chỉ dữ liệu (lỗi 404).');
  });

  it('keeps every mark visible in forced-colours mode and stops animations for reduced motion', async () => {
    await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    try {
      const el = await themed('light', 'en', 'loaded');
      const chart = el.shadowRoot!.querySelector('lead-status-chart')!;
      const rect = chart.shadowRoot!.querySelector('rect[role=button]')!;
      expect(getComputedStyle(rect).fill).not.to.match(/transparent|rgba\(0, 0, 0, 0\)|none/);
      const loading = await themed('light', 'en', 'loading');
      const bone = loading.shadowRoot!.querySelector('.bone')!;
      expect(getComputedStyle(bone).animationName).to.equal('none');
    } finally {
      await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
    }
  });
});

describe('the table alternative of each chart', () => {
  const summary = summaryOf();

  it('opens from the status chart with the keyboard and holds the chart numbers', async () => {
    const chart = await fixture<LeadStatusChart>(html`<lead-status-chart lang="en"></lead-status-chart>`);
    chart.summary = summary;
    await chart.updateComplete;
    const toggle = chart.shadowRoot!.querySelector<HTMLButtonElement>('.data-table-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await chart.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const rows = [...chart.shadowRoot!.querySelectorAll('.data-table tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(rows[0]).to.deep.equal(['An', '1', '0', '1', '3', '1', '1', '1', '0', '8']);
    expect(rows.at(-1)).to.deep.equal(['Total', '2', '1', '2', '4', '2', '1', '1', '1', '14']);
    await expect(chart).to.be.accessible();
  });

  it('opens from the conversion chart and lists each rate with its won and base', async () => {
    const chart = await fixture<LeadConversionChart>(html`<lead-conversion-chart lang="en"></lead-conversion-chart>`);
    chart.summary = summary;
    await chart.updateComplete;
    chart.shadowRoot!.querySelector<HTMLButtonElement>('.data-table-toggle')!.click();
    await chart.updateComplete;
    const rows = [...chart.shadowRoot!.querySelectorAll('.data-table tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(rows[0]).to.deep.equal(['An', '42.9%', '3', '7']);
    expect(rows.at(-1)).to.deep.equal(['Total', '33.3%', '4', '12']);
    await expect(chart).to.be.accessible();
  });

  it('is left out inside the dashboard, whose table is the alternative', async () => {
    const el = await themed('light', 'en', 'loaded');
    for (const tag of ['lead-status-chart', 'lead-conversion-chart']) {
      expect(el.shadowRoot!.querySelector(tag)!.shadowRoot!.querySelector('.data-table-toggle'), tag).to.equal(null);
    }
  });
});
