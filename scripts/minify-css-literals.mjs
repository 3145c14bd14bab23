// A Rollup plugin that minifies the text of Lit `css` tagged templates in the bundle: comments out,
// whitespace collapsed. Only literals whose interpolations are plain names (`${PAPER}`) are
// touched, and those names are kept as they are, so no JavaScript is ever rewritten. The
// stylesheets are identical to the browser; the bundle is smaller (the budget is 40 KiB gzip).
const LITERAL = /\bcss\s*`((?:[^`$\\]|\$\{\s*[A-Za-z_$][\w$]*\s*\})*)`/g;
const INTERPOLATION = /(\$\{\s*[A-Za-z_$][\w$]*\s*\})/;

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** The text of a literal minified between its interpolations; next to one, whitespace stays one space (it may be a combinator). */
function minifyPieces(text) {
  const pieces = text.split(INTERPOLATION);
  return pieces
    .map((piece, k) => {
      if (k % 2 === 1) return piece.replace(/\s+/g, '');
      const before = k > 0 && /^\s/.test(piece) ? ' ' : '';
      const after = k < pieces.length - 1 && /\s$/.test(piece) ? ' ' : '';
      const minified = minifyCss(piece);
      return minified === '' ? before || after : before + minified + after;
    })
    .join('')
    .trim();
}

export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code) {
      if (!/\bcss\s*`/.test(code)) return null;
      return { code: code.replace(LITERAL, (_, text) => `css\`${minifyPieces(text)}\``), map: null };
    },
  };
}
