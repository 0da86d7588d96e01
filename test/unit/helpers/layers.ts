// Static check of the runtime layers under src/ (see GUIDE/DEVELOPERS: core is pure, node is
// Node-only, webview is browser-only, protocol.ts is shared types). Reads files as text: every
// `import … from`, side-effect `import '…'`, `export … from`, `require('…')` and dynamic
// `import('…')` is checked against the rules of the importing file's layer.
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';

export type Layer = 'core' | 'node' | 'vscode' | 'webview' | 'protocol' | 'other';

export interface ImportRef {
  specifier: string;
  line: number;
  /** `import type …`, `export type … from`, or named imports that are all `type X`. */
  typeOnly: boolean;
  kind: 'import' | 'export' | 'require' | 'dynamic';
}

export interface Violation {
  file: string;
  line: number;
  specifier: string;
  reason: string;
}

/** Core modules of plain constants (no code that runs) that protocol.ts may import values from. */
const PROTOCOL_CONSTANTS = new Set(['./core/model', './core/search/types', './core/qa/types']);

const BUILTINS = new Set(builtinModules.map((m) => m.replace(/^node:/, '')));
const NATIVE = [/^@node-rs\/jieba(\/|-|$)/, /^nodejieba(\/|$)/];

function isBuiltin(spec: string): boolean {
  return spec.startsWith('node:') || BUILTINS.has(spec.split('/')[0]);
}

function isNative(spec: string): boolean {
  return NATIVE.some((re) => re.test(spec));
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Removes comments (keeping offsets and newlines) so commented-out imports do not count. */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|(^|[^:'"`\\])\/\/[^\n]*/g, (m, pre: string | undefined) => {
    const keep = pre ?? '';
    return keep + m.slice(keep.length).replace(/[^\n]/g, ' ');
  });
}

/** Every module reference in a TypeScript source text. */
export function findImports(source: string): ImportRef[] {
  const text = stripComments(source);
  const refs: ImportRef[] = [];
  const staticRe = /(^|[;\n}])\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s*['"]([^'"]+)['"]/g;
  for (let m = staticRe.exec(text); m; m = staticRe.exec(text)) {
    const [, , keyword, typeKw, clause, specifier] = m;
    if (keyword === 'export' && !/^(\*|\{)/.test(clause.trim()) && !typeKw) continue; // not a re-export
    const named = /^\{([\s\S]*)\}$/.exec(clause.trim());
    const allNamedTypes = !!named && named[1].split(',').map((s) => s.trim()).filter(Boolean).every((s) => s.startsWith('type '));
    refs.push({ specifier, line: lineAt(text, m.index + m[0].search(/import|export/)), typeOnly: !!typeKw || allNamedTypes, kind: keyword as 'import' | 'export' });
  }
  const bareRe = /(^|[;\n}])\s*import\s*['"]([^'"]+)['"]/g;
  for (let m = bareRe.exec(text); m; m = bareRe.exec(text)) {
    refs.push({ specifier: m[2], line: lineAt(text, m.index + m[0].search(/import/)), typeOnly: false, kind: 'import' });
  }
  const equalsRe = /\bimport\s+(type\s+)?\w+\s*=\s*require\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (let m = equalsRe.exec(text); m; m = equalsRe.exec(text)) {
    refs.push({ specifier: m[2], line: lineAt(text, m.index), typeOnly: !!m[1], kind: 'require' });
  }
  const requireRe = /(?<![\w$.])require\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g;
  for (let m = requireRe.exec(text); m; m = requireRe.exec(text)) {
    if (/import\s+(type\s+)?\w+\s*=\s*$/.test(text.slice(Math.max(0, m.index - 60), m.index))) continue; // counted above
    refs.push({ specifier: m[1], line: lineAt(text, m.index), typeOnly: false, kind: 'require' });
  }
  const dynamicRe = /(?<![\w$.])import\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g;
  for (let m = dynamicRe.exec(text); m; m = dynamicRe.exec(text)) {
    // `typeof import('x')` in a type position is erased; real dynamic imports are not.
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    refs.push({ specifier: m[1], line: lineAt(text, m.index), typeOnly: /typeof\s*$/.test(before), kind: 'dynamic' });
  }
  return refs;
}

/** Which layer a file (absolute path) belongs to, given the src/ root. */
export function layerOf(srcRoot: string, file: string): Layer {
  const rel = path.relative(srcRoot, file).split(path.sep);
  if (rel[0] === '..' || path.isAbsolute(rel[0])) return 'other';
  if (rel.length === 1) return rel[0].replace(/\.tsx?$/, '') === 'protocol' ? 'protocol' : 'other';
  return (['core', 'node', 'vscode', 'webview'] as const).find((l) => l === rel[0]) ?? 'other';
}

/** The rule broken by one import of a file in `from`, or undefined when it is allowed. */
function breaks(from: Layer, ref: ImportRef, target: Layer | 'package'): string | undefined {
  const spec = ref.specifier;
  const pkg = target === 'package';
  switch (from) {
    case 'core':
      if (pkg && spec === 'vscode') return 'src/core must not import vscode';
      if (pkg && isBuiltin(spec)) return `src/core must not import the Node built-in "${spec}"`;
      if (pkg && isNative(spec)) return `src/core must not import the native module "${spec}"`;
      if (target === 'node' || target === 'vscode' || target === 'webview') return `src/core must not import src/${target}`;
      return undefined;
    case 'node':
      if (pkg && spec === 'vscode') return 'src/node must not import vscode';
      if (target === 'vscode' || target === 'webview') return `src/node must not import src/${target}`;
      return undefined;
    case 'webview':
      if (pkg && spec === 'vscode') return 'src/webview must not import vscode';
      if (pkg && isBuiltin(spec)) return `src/webview must not import the Node built-in "${spec}"`;
      if (pkg && isNative(spec)) return `src/webview must not import the native module "${spec}"`;
      if (target === 'node' || target === 'vscode') return `src/webview must not import src/${target}`;
      if (target === 'core' && !ref.typeOnly) return 'src/webview may import only types from src/core (use `import type`)';
      return undefined;
    case 'protocol':
      // Types from anywhere in core; values only from the modules of plain constants the
      // protocol's enums derive from (so an enum is written once, in core).
      if (target === 'core' && (ref.typeOnly || PROTOCOL_CONSTANTS.has(spec))) return undefined;
      return 'src/protocol.ts may only `import type` from src/core (values only from its constants modules)';
    case 'vscode':
      if (target === 'webview' && !ref.typeOnly) return 'src/vscode must not load src/webview code (the webview bundle runs in the browser)';
      return undefined;
    default:
      return undefined;
  }
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out.sort();
}

/** Checks every TypeScript file under `srcRoot`; returns the violations (empty = clean). */
export function checkLayers(srcRoot: string): Violation[] {
  const violations: Violation[] = [];
  for (const file of sourceFiles(srcRoot)) {
    const from = layerOf(srcRoot, file);
    for (const ref of findImports(fs.readFileSync(file, 'utf8'))) {
      const relative = ref.specifier.startsWith('.');
      const target: Layer | 'package' = relative ? layerOf(srcRoot, path.resolve(path.dirname(file), ref.specifier)) : 'package';
      const reason = breaks(from, ref, target);
      if (reason) violations.push({ file: path.relative(srcRoot, file).split(path.sep).join('/'), line: ref.line, specifier: ref.specifier, reason });
    }
  }
  return violations;
}
