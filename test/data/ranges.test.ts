import { expect } from '@open-wc/testing';
import { formatDayRange, presetDays, RANGE_PRESETS, resolveDayRange, todayIn } from '../../src/data/ranges.js';
import { parseDay } from '../../src/data/dates.js';

const range = (preset: Parameters<typeof presetDays>[0], today: string) => formatDayRange(presetDays(preset, parseDay(today)!));

describe('range presets', () => {
  it('resolves every preset for a Wednesday', () => {
    const today = '2026-11-25'; // a Wednesday
    expect(range('today', today)).to.deep.equal({ from: '2026-11-25', to: '2026-11-25' });
    expect(range('yesterday', today)).to.deep.equal({ from: '2026-11-24', to: '2026-11-24' });
    expect(range('this-week', today)).to.deep.equal({ from: '2026-11-23', to: '2026-11-25' });
    expect(range('last-week', today)).to.deep.equal({ from: '2026-11-16', to: '2026-11-22' });
    expect(range('last-7-days', today)).to.deep.equal({ from: '2026-11-19', to: '2026-11-25' });
    expect(range('this-month', today)).to.deep.equal({ from: '2026-11-01', to: '2026-11-25' });
    expect(range('last-month', today)).to.deep.equal({ from: '2026-10-01', to: '2026-10-31' });
    expect(range('last-30-days', today)).to.deep.equal({ from: '2026-10-27', to: '2026-11-25' });
    expect(range('this-quarter', today)).to.deep.equal({ from: '2026-10-01', to: '2026-11-25' });
    expect(range('last-90-days', today)).to.deep.equal({ from: '2026-08-28', to: '2026-11-25' });
    expect(range('this-year', today)).to.deep.equal({ from: '2026-01-01', to: '2026-11-25' });
    expect(range('all', today)).to.deep.equal({ from: null, to: null });
    expect(RANGE_PRESETS).to.have.length(12);
  });

  it('starts weeks on Monday, also on a Sunday and a Monday', () => {
    expect(range('this-week', '2026-11-29')).to.deep.equal({ from: '2026-11-23', to: '2026-11-29' });
    expect(range('this-week', '2026-11-30')).to.deep.equal({ from: '2026-11-30', to: '2026-11-30' });
    expect(range('last-week', '2026-11-30')).to.deep.equal({ from: '2026-11-23', to: '2026-11-29' });
  });

  it('crosses year boundaries and leap days', () => {
    expect(range('last-month', '2026-01-15')).to.deep.equal({ from: '2025-12-01', to: '2025-12-31' });
    expect(range('last-month', '2024-03-31')).to.deep.equal({ from: '2024-02-01', to: '2024-02-29' });
    expect(range('this-quarter', '2026-12-31')).to.deep.equal({ from: '2026-10-01', to: '2026-12-31' });
    expect(range('this-quarter', '2026-03-31')).to.deep.equal({ from: '2026-01-01', to: '2026-03-31' });
    expect(range('last-week', '2026-01-01')).to.deep.equal({ from: '2025-12-22', to: '2025-12-28' });
  });

  it('takes today in the given zone for a given now', () => {
    const now = Date.parse('2026-11-30T20:00:00Z');
    expect(todayIn('UTC', now)).to.equal(parseDay('2026-11-30'));
    expect(todayIn('Asia/Ho_Chi_Minh', now)).to.equal(parseDay('2026-12-01'));
    expect(formatDayRange(resolveDayRange({ range: 'this-month' }, 'Asia/Ho_Chi_Minh', now))).to.deep.equal({
      from: '2026-12-01',
      to: '2026-12-01',
    });
    expect(formatDayRange(resolveDayRange({ range: 'this-month' }, 'America/Los_Angeles', now))).to.deep.equal({
      from: '2026-11-01',
      to: '2026-11-30',
    });
  });

  it('lets from and to replace the preset, open at either end, swapped when reversed', () => {
    const now = Date.parse('2026-11-30T12:00:00Z');
    const resolve = (input: object) => formatDayRange(resolveDayRange(input, 'UTC', now));
    expect(resolve({ range: 'today', from: '2026-01-05', to: '2026-01-09' })).to.deep.equal({ from: '2026-01-05', to: '2026-01-09' });
    expect(resolve({ from: '2026-01-05' })).to.deep.equal({ from: '2026-01-05', to: null });
    expect(resolve({ to: '2026-01-09' })).to.deep.equal({ from: null, to: '2026-01-09' });
    expect(resolve({ from: '2026-01-09', to: '2026-01-05' })).to.deep.equal({ from: '2026-01-05', to: '2026-01-09' });
    expect(resolve({ range: 'yesterday', from: 'soon' })).to.deep.equal({ from: '2026-11-29', to: '2026-11-29' });
    expect(resolve({ range: 'fortnight' })).to.deep.equal({ from: '2026-11-01', to: '2026-11-30' });
  });
});
