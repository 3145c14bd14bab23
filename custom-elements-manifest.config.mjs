// Generates custom-elements.json from the sources' JSDoc (npm run manifest).

/**
 * The analyzer records each `dispatchEvent(new SomeEvent(...))` as a nameless event beside the
 * named `@fires` entries. Event classes carry `static eventName`: use it to give the named entries
 * their type, then drop the nameless ones.
 */
function typedEvents() {
  return {
    name: 'typed-events',
    packageLinkPhase({ customElementsManifest }) {
      // the analyzer lists modules in the order files finish parsing; sort them for a stable file
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      const classOf = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const field = declaration.members?.find((m) => m.static && m.name === 'eventName');
          if (field?.default) classOf.set(field.default.replace(/['"]/g, ''), declaration.name);
        }
      }
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          // a destructuring assignment to fields (`[this._a, this._b] = …`) yields a nameless member
          if (declaration.members) declaration.members = declaration.members.filter((member) => member.name);
          if (!declaration.events) continue;
          declaration.events = declaration.events
            .filter((event) => event.name)
            .map((event) => (classOf.has(event.name) ? { ...event, type: { text: classOf.get(event.name) } } : event));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/react/**'],
  litelement: true,
  packagejson: false,
  plugins: [typedEvents()],
};
