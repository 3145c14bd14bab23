import { expect } from '@open-wc/testing';
import { ELEMENTS } from '../src/element-registry.js';

/** The parts of custom-elements.json this test reads (schema 1.0.0; the schema itself is checked by scripts/check-manifest.mjs). */
interface Described {
  name?: string;
  description?: string;
}
interface Member extends Described {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
}
interface CustomElementDeclaration extends Described {
  customElement?: boolean;
  tagName?: string;
  attributes?: Described[];
  members?: Member[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
interface Manifest {
  modules: { path: string; declarations?: CustomElementDeclaration[] }[];
}

const TAGS = ELEMENTS.map((element) => element.tag);

let elements: CustomElementDeclaration[];

before(async () => {
  const response = await fetch('/custom-elements.json');
  const manifest = (await response.json()) as Manifest;
  elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement));
});

const described = (item: Described) => typeof item.description === 'string' && item.description.trim() !== '';

/** `<tag> kind name` for each item of a kind that has no description, over every element. */
function undescribed(kind: 'attributes' | 'events' | 'cssParts' | 'cssProperties'): string[] {
  return elements.flatMap((element) =>
    (element[kind] ?? []).filter((item) => !described(item)).map((item) => `<${element.tagName}> ${kind} ${item.name ?? '(nameless)'}`),
  );
}

describe('custom-elements.json', () => {
  it('lists each element of the registry once, by its tag and class, and nothing else', () => {
    const tags = elements.map((element) => element.tagName);
    expect(tags.filter((tag) => !TAGS.includes(tag as (typeof TAGS)[number]))).to.deep.equal([]);
    expect([...tags].sort()).to.deep.equal([...TAGS].sort());
    for (const entry of ELEMENTS) {
      expect(elements.find((element) => element.tagName === entry.tag)?.name, entry.tag).to.equal(entry.className);
    }
  });

  it('describes every element', () => {
    expect(elements.filter((element) => !described(element)).map((element) => element.tagName)).to.deep.equal([]);
  });

  it('describes every attribute of every element', () => {
    expect(elements.some((element) => element.attributes?.length)).to.equal(true);
    expect(undescribed('attributes')).to.deep.equal([]);
  });

  it('describes every public field and method of every element', () => {
    const isPublic = (member: Member) =>
      (member.kind === 'field' || member.kind === 'method') &&
      member.privacy !== 'private' &&
      member.privacy !== 'protected' &&
      !member.static &&
      !member.name?.startsWith('_');
    const missing = elements.flatMap((element) =>
      (element.members ?? [])
        .filter((member) => isPublic(member) && !described(member))
        .map((member) => `<${element.tagName}> ${member.kind} ${member.name}`),
    );
    expect(missing).to.deep.equal([]);
  });

  it('names and describes every event of every element', () => {
    const nameless = elements.flatMap((element) => (element.events ?? []).filter((event) => !event.name).map(() => `<${element.tagName}>`));
    expect(nameless).to.deep.equal([]);
    expect(undescribed('events')).to.deep.equal([]);
  });

  it('describes every CSS part of every element', () => {
    expect(elements.some((element) => element.cssParts?.length)).to.equal(true);
    expect(undescribed('cssParts')).to.deep.equal([]);
  });

  it('describes every CSS custom property of every element', () => {
    expect(elements.some((element) => element.cssProperties?.length)).to.equal(true);
    expect(undescribed('cssProperties')).to.deep.equal([]);
  });

  it('documents the events the typed event classes define on the elements that fire them', () => {
    const events = (tag: string) =>
      elements
        .find((element) => element.tagName === tag)
        ?.events?.map((event) => event.name)
        .sort();
    expect(events('lead-dashboard')).to.deep.equal(['lead-data-error', 'lead-data-load', 'lead-filter-change', 'lead-select']);
    expect(events('lead-filter-bar')).to.deep.equal(['lead-filter-change']);
    expect(events('lead-multi-select')).to.deep.equal(['change']);
  });
});
