import { expect } from '@open-wc/testing';
import { withQuery } from '../../src/net/url.js';

const base = 'https://crm.example/app/leads/';

describe('withQuery', () => {
  it('resolves the URL against the base and returns the absolute href', () => {
    expect(withQuery('../api/leads', {}, base)).to.equal('https://crm.example/app/api/leads');
    expect(withQuery('/crm/api/leads', {}, base)).to.equal('https://crm.example/crm/api/leads');
  });

  it('resolves against document.baseURI by default', () => {
    expect(withQuery('test-api/x', { a: '1' })).to.equal(new URL('test-api/x?a=1', document.baseURI).href);
  });

  it('appends the params in key order after the existing query and before the hash', () => {
    expect(withQuery('/api?tenant=7#top', { from: '2026-01-01', to: '2026-01-31', tz: 'Asia/Ho_Chi_Minh' }, base)).to.equal(
      'https://crm.example/api?tenant=7&from=2026-01-01&to=2026-01-31&tz=Asia%2FHo_Chi_Minh#top',
    );
  });

  it('keeps the existing query byte for byte', () => {
    expect(withQuery('/api?q=a%20b&flag', { x: '1' }, base)).to.equal('https://crm.example/api?q=a%20b&flag&x=1');
    expect(withQuery('/api?a=1&', { x: '1' }, base)).to.equal('https://crm.example/api?a=1&x=1');
    expect(withQuery('/api?', { x: '1' }, base)).to.equal('https://crm.example/api?x=1');
  });

  it('repeats the key for an array and sends a null entry as an empty value', () => {
    expect(withQuery('/api', { owner: ['a', 'b', null], status: ['new'] }, base)).to.equal(
      'https://crm.example/api?owner=a&owner=b&owner=&status=new',
    );
  });

  it('skips null, undefined and empty arrays, and adds no "?" when nothing is added', () => {
    expect(withQuery('/api', { source: null, step: undefined, priority: [] }, base)).to.equal('https://crm.example/api');
    expect(withQuery('/api#h', {}, base)).to.equal('https://crm.example/api#h');
  });

  it('sends an empty string as an empty value', () => {
    expect(withQuery('/api', { q: '' }, base)).to.equal('https://crm.example/api?q=');
  });

  it('encodes reserved characters and Vietnamese text in keys and values', () => {
    expect(withQuery('/api', { 'a&b': 'x=y&z', owner: 'Nguyễn An', plus: '1+1' }, base)).to.equal(
      'https://crm.example/api?a%26b=x%3Dy%26z&owner=Nguy%E1%BB%85n+An&plus=1%2B1',
    );
  });

  it('treats keys such as __proto__ and constructor as ordinary keys', () => {
    const params = JSON.parse('{"__proto__": "p", "constructor": ["c"]}') as Record<string, string | string[]>;
    expect(withQuery('/api', params, base)).to.equal('https://crm.example/api?__proto__=p&constructor=c');
  });

  it('throws a TypeError for a URL that cannot be resolved', () => {
    expect(() => withQuery('http://crm.example:99999/', {}, base)).to.throw(TypeError);
    expect(() => withQuery('/api', {}, 'not a base')).to.throw(TypeError);
  });
});
