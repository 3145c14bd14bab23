import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/index.js';
import type { LeadDashboard } from '../../src/components/lead-dashboard/lead-dashboard.js';
import { fixture as managerData } from '../fixtures/manager.js';
import { animationFrames, nextTask } from '../helpers/wait.js';

/** Counts what elements leave behind: listeners on window and document, live ResizeObservers, pending timers. */
function track() {
  const listeners = new Map<string, number>();
  const key = (target: EventTarget, type: string, capture: unknown) =>
    `${target === window ? 'window' : 'document'}:${type}:${typeof capture === 'object' && capture ? Boolean((capture as AddEventListenerOptions).capture) : Boolean(capture)}`;
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const seen = new WeakMap<object, Set<string>>();
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    if ((this === window || this === document) && listener) {
      const id = key(this, type, options);
      const set = seen.get(listener as object) ?? new Set<string>();
      if (!set.has(id)) {
        set.add(id);
        seen.set(listener as object, set);
        listeners.set(id, (listeners.get(id) ?? 0) + 1);
      }
    }
    return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  } as typeof add;
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    if ((this === window || this === document) && listener) {
      const id = key(this, type, options);
      const set = seen.get(listener as object);
      if (set?.delete(id)) listeners.set(id, listeners.get(id)! - 1);
    }
    return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
  } as typeof remove;

  let observers = 0;
  const Original = window.ResizeObserver;
  window.ResizeObserver = class extends Original {
    private _live = false;
    override observe(target: Element, options?: ResizeObserverOptions) {
      if (!this._live) observers++;
      this._live = true;
      super.observe(target, options);
    }
    override disconnect() {
      if (this._live) observers--;
      this._live = false;
      super.disconnect();
    }
  };

  const pending = new Set<number>();
  const setTimeoutOriginal = window.setTimeout;
  const clearTimeoutOriginal = window.clearTimeout;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = setTimeoutOriginal(
      (...a: unknown[]) => {
        pending.delete(id);
        if (typeof handler === 'function') handler(...a);
      },
      ms,
      ...args,
    );
    pending.add(id);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    clearTimeoutOriginal(id);
  }) as typeof clearTimeout;

  return {
    listeners: () => [...listeners].filter(([, n]) => n > 0),
    observers: () => observers,
    timers: () => pending.size,
    restore() {
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
      window.ResizeObserver = Original;
      window.setTimeout = setTimeoutOriginal;
      window.clearTimeout = clearTimeoutOriginal;
    },
  };
}

describe('the lifecycle of the elements', () => {
  it('leaves no listeners, observers or timers behind after 1,000 create / remove cycles', async function () {
    this.timeout(60000);
    const probe = track();
    try {
      const host = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
      for (let cycle = 0; cycle < 1000; cycle++) {
        const el = document.createElement('lead-dashboard') as LeadDashboard;
        el.setAttribute('range', 'all');
        el.setAttribute('refresh-interval', '30');
        el.data = managerData;
        host.append(el);
        if (cycle % 100 === 0) {
          await el.updateComplete;
          // open a multi-select: it listens on the document while open
          const bar = el.shadowRoot!.querySelector('lead-filter-bar')!;
          await bar.updateComplete;
          bar.shadowRoot!.querySelector('lead-multi-select')!.shadowRoot!.querySelector<HTMLButtonElement>('[part=control]')!.click();
        }
        el.remove();
      }
      // What a removed element still had queued has run after two frames and a task: its microtasks,
      // its frame callbacks, and its lazy imports (of modules the first cycle loaded). Whatever that
      // work leaves behind is counted. (Not the removed elements' updateComplete: it never settles.)
      await animationFrames(2);
      await nextTask();
      expect(probe.listeners()).to.deep.equal([]);
      expect(probe.observers()).to.equal(0);
      expect(probe.timers()).to.equal(0);
    } finally {
      probe.restore();
    }
  });

  it('lays out at most once per frame through 200 resizes in a second, with no ResizeObserver loop error', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const el = await fixture<LeadDashboard>(html`<lead-dashboard range="all" time-zone="UTC" lang="en"></lead-dashboard>`);
      el.data = managerData;
      await el.updateComplete;
      const chart = el.shadowRoot!.querySelector('lead-status-chart')!;
      let updates = 0;
      const patched = chart as unknown as { updated: (changed: unknown) => void };
      const original = patched.updated.bind(chart);
      patched.updated = (changed: unknown) => {
        updates++;
        original(changed);
      };
      let frames = 0;
      let counting = true;
      const count = () => {
        frames++;
        if (counting) requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
      // 200 resizes within a second: four a frame, each in a task of its own
      for (let k = 0; k < 200; k++) {
        el.style.width = `${320 + ((k * 37) % 1200)}px`;
        await (k % 4 === 3 ? nextFrame() : nextTask());
      }
      // the last size is observed in the next frame (after its rAF callbacks) and drawn
      await animationFrames(2);
      await chart.updateComplete;
      counting = false;
      expect(updates).to.be.at.most(frames);
      expect(updates).to.be.greaterThan(0);
      expect(errors).to.deep.equal([]);
      for (const node of chart.shadowRoot!.querySelectorAll('svg, svg *'))
        for (const attribute of node.attributes) expect(attribute.value).not.to.match(/NaN|Infinity/);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
