// Makes a bundle pure ASCII where esbuild leaves it not: esbuild's `charset: 'ascii'` escapes
// strings, templates and identifiers but keeps regular expression literals as written (so that
// their `.source` stays the same), and a single non-ASCII character makes the whole 3 MB bundle
// a two-byte string that Node must decode from UTF-8 at every start. Here each non-ASCII UTF-16
// unit inside a regular expression literal becomes a \uXXXX escape, which matches the same
// characters with or without the u/v flag (a surrogate pair of escapes is one code point under u).
// The literals are found by the TypeScript parser, not by guessing where a `/` starts one.
// Anything non-ASCII left elsewhere (a tagged template's raw text) stays as it is. The escapes
// make their lines longer, so the source map's generated columns after each one are moved too.
import ts from 'typescript';

const hex4 = (u) => `\\u${u.toString(16).toUpperCase().padStart(4, '0')}`;

/** The literal `/body/flags` with its non-ASCII units escaped (an identity escape `\ā` included). */
export function escapeRegexLiteral(literal) {
  let out = '';
  for (let i = 0; i < literal.length; i++) {
    const u = literal.charCodeAt(i);
    if (u === 0x5c && i + 1 < literal.length) {
      const next = literal.charCodeAt(i + 1);
      out += next < 0x80 ? literal.slice(i, i + 2) : hex4(next);
      i++;
      continue;
    }
    out += u < 0x80 ? literal[i] : hex4(u);
  }
  return out;
}

/**
 * The code with every regular expression literal made ASCII: { code, edits, left } — edits
 * ({ line, end, delta }: on 0-based `line`, columns from `end` on move by `delta`) for
 * shiftMappings, left the non-ASCII units that remain.
 */
export function asciiRegexLiterals(code, fileName = 'bundle.js') {
  if (!/[^\x00-\x7f]/.test(code)) return { code, edits: [], left: 0 };
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const spans = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const start = node.getStart(sf);
      if (/[^\x00-\x7f]/.test(code.slice(start, node.end))) spans.push([start, node.end]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = '';
  let at = 0;
  const edits = [];
  for (const [start, end] of spans) {
    const escaped = escapeRegexLiteral(code.slice(start, end));
    const { line, character } = sf.getLineAndCharacterOfPosition(end);
    edits.push({ line, end: character, delta: escaped.length - (end - start) });
    out += code.slice(at, start) + escaped;
    at = end;
  }
  out += code.slice(at);
  return { code: out, edits, left: (out.match(/[^\x00-\x7f]/g) ?? []).length };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]));

function decodeVlqs(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = B64_VALUE.get(c);
    if (digit === undefined) throw new Error(`bad source map character ${c}`);
    value += (digit & 31) << shift;
    if (digit & 32) { shift += 5; continue; }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

function encodeVlq(n) {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += B64[digit];
  } while (v > 0);
  return out;
}

/** Source map `mappings` with the generated columns moved by `edits` (from asciiRegexLiterals). */
export function shiftMappings(mappings, edits) {
  if (edits.length === 0) return mappings;
  const byLine = new Map();
  for (const e of edits) byLine.set(e.line, [...(byLine.get(e.line) ?? []), e]);
  return mappings.split(';').map((line, i) => {
    const here = byLine.get(i);
    if (!here || line === '') return line;
    let col = 0;
    let prevOut = 0;
    return line.split(',').map((segment) => {
      const [dc, ...rest] = decodeVlqs(segment);
      col += dc;
      const moved = col + here.reduce((sum, e) => sum + (col >= e.end ? e.delta : 0), 0);
      const text = encodeVlq(moved - prevOut) + rest.map(encodeVlq).join('');
      prevOut = moved;
      return text;
    }).join(',');
  }).join(';');
}
