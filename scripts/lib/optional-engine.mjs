// The optional segmenter nodejieba is a native module built at install time. When node-gyp cannot
// find Node's headers (npm's `nodedir` lives in the user's ~/.npmrc on this machine kind, so a
// fresh HOME loses it, and no headers can be downloaded here), npm drops the optional package
// without a word and every nodejieba test fails. `npm test` puts it back: it installs the locked
// version again, building against the running Node's own headers when they are installed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Whether nodejieba is installed in the checkout at `root`. */
export function hasNodejieba(root) {
  return fs.existsSync(path.join(root, 'node_modules', 'nodejieba', 'package.json'));
}

/** The version of nodejieba package-lock.json pins, or undefined. */
function lockedVersion(root) {
  try {
    const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
    return lock.packages?.['node_modules/nodejieba']?.version;
  } catch {
    return undefined;
  }
}

/** The folder holding the running Node's headers (include/node/node.h), or undefined. */
export function nodeHeadersDir(execPath = process.execPath) {
  const prefix = path.dirname(path.dirname(execPath));
  return fs.existsSync(path.join(prefix, 'include', 'node', 'node.h')) ? prefix : undefined;
}

/** Installs nodejieba again when npm dropped it; returns a line saying what happened, or undefined when nothing was needed. */
export function restoreNodejieba(root, env = process.env) {
  if (hasNodejieba(root)) return undefined;
  const version = lockedVersion(root);
  if (!version) return 'nodejieba is not in package-lock.json; its tests will fail';
  const headers = nodeHeadersDir();
  const childEnv = { ...env, npm_config_yes: 'true', ...(headers && !env.npm_config_nodedir ? { npm_config_nodedir: headers } : {}) };
  const r = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', `nodejieba@${version}`], { cwd: root, stdio: 'inherit', env: childEnv });
  if (r.status === 0 && hasNodejieba(root)) return `nodejieba ${version} installed again${headers ? ` (built against the headers in ${headers})` : ''}`;
  return `nodejieba ${version} could not be installed (npm exit ${r.status ?? r.signal}); its tests will fail`;
}
