// A Rollup plugin that shrinks the static text of Lit `html` and `svg` tagged templates in the
// bundle: each run of whitespace holding a line break becomes one space. HTML renders such a run
// as one space anyway, outside `pre`-like white-space, which no template's own text relies on (the
// table's `pre-line` cells get their line break from an interpolated value). Interpolations and
// every other piece of JavaScript are left as they are: the templates are found in Rollup's AST.
const TAGS = new Set(['html', 'svg']);

/** The quasis (static parts) of every `html` / `svg` tagged template in an ESTree AST. */
function templateQuasis(node, found = []) {
  if (!node || typeof node.type !== 'string') return found;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && TAGS.has(node.tag.name))
    found.push(...node.quasi.quasis);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) templateQuasis(child, found);
    else if (value && typeof value.type === 'string') templateQuasis(value, found);
  }
  return found;
}

export function minifyHtmlLiterals() {
  return {
    name: 'minify-html-literals',
    transform(code) {
      if (!/\b(html|svg)\s*`/.test(code)) return null;
      const quasis = templateQuasis(this.parse(code)).sort((a, b) => b.start - a.start);
      let out = code;
      for (const quasi of quasis) {
        const raw = out.slice(quasi.start, quasi.end);
        const shrunk = raw.replace(/[ \t]*\n\s*/g, ' ');
        if (shrunk !== raw) out = out.slice(0, quasi.start) + shrunk + out.slice(quasi.end);
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}
