/**
 * Glob matching for the summit.corpus.include/exclude settings, used to decide
 * whether a file-watcher event concerns a transcript: `**` any folders, `*` and
 * `?` within a name, `{a,b}` alternatives. Paths are workspace-relative with `/`.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let inBraces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') { i++; re += '(?:.*/)?'; } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') { inBraces++; re += '(?:'; }
    else if (c === '}' && inBraces > 0) { inBraces--; re += ')'; }
    else if (c === ',' && inBraces > 0) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
}

/** Does the workspace-relative path match one of the globs? */
export function matchesAny(relPath: string, globs: string[]): boolean {
  const p = relPath.replace(/\\/g, '/').replace(/^\/+/, '');
  return globs.some((g) => {
    const pattern = g.replace(/^\.\//, '');
    return globToRegExp(pattern).test(p) || (!pattern.includes('/') && globToRegExp(pattern).test(p.split('/').pop() ?? p));
  });
}
