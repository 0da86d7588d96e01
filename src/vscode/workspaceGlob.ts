/**
 * Glob matching for the summit.corpus.include/exclude settings with VS Code's own semantics
 * (the ones `workspace.findFiles` applies), through picomatch: `*` and `?` within a path
 * segment, `**` any number of segments, `{a,b}` alternatives, `[abc]` / `[a-z]` character
 * ranges and `[!abc]` their negation; dot files match like any other. Unlike picomatch's
 * defaults, a leading `!` and extglobs (`+(a)`) are plain text, as in VS Code. An exclude
 * pattern that matches a folder excludes everything in it. Paths are workspace-relative with
 * `/`; case matters where the file system's does (not on Windows or macOS).
 * test/integration/workspaceGlob.test.ts checks the agreement with findFiles.
 */
import picomatch from 'picomatch';

const OPTIONS: picomatch.PicomatchOptions = {
  dot: true,
  nonegate: true,
  noextglob: true,
  nocase: process.platform === 'win32' || process.platform === 'darwin',
};

const cache = new Map<string, (path: string) => boolean>();

function matcher(glob: string): (path: string) => boolean {
  let m = cache.get(glob);
  if (!m) {
    // VS Code writes a negated range [!a]; picomatch reads it as [^a].
    m = picomatch(glob.replace(/^\.\//, '').replace(/\[!/g, '[^'), OPTIONS);
    if (cache.size > 200) cache.clear();
    cache.set(glob, m);
  }
  return m;
}

function normalise(relPath: string): string {
  return relPath.replace(/\\/g, '/').replace(/^\/+/, '');
}

/** Does the workspace-relative file path match one of the globs (an include setting)? */
export function matchesAny(relPath: string, globs: readonly string[]): boolean {
  const p = normalise(relPath);
  return globs.some((g) => matcher(g)(p));
}

/** Is the file, or a folder it lies in, matched by one of the globs (an exclude setting)? */
export function isExcluded(relPath: string, globs: readonly string[]): boolean {
  const parts = normalise(relPath).split('/');
  for (let n = parts.length; n > 0; n--) {
    if (matchesAny(parts.slice(0, n).join('/'), globs)) return true;
  }
  return false;
}
