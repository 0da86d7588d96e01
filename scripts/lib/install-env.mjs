import * as path from 'node:path';

/**
 * The environment for the nested npm installs of the test host. `npm test` runs this script with
 * npm's own variables set (`NODE`, `npm_node_execpath`, `npm_config_*`, `npm_lifecycle_*`, and its
 * `node_modules/.bin` folders first on PATH); passed on, they make the nested install of
 * code-server run its postinstall under this Node 20 instead of the Node 24 the script puts first
 * on PATH. Only the machine's own environment is passed on.
 */
export function cleanInstallEnv(env) {
  const clean = {};
  for (const [key, value] of Object.entries(env)) {
    if (/^npm_/i.test(key) || key === 'NODE' || key === 'INIT_CWD' || key === 'NODE_OPTIONS') continue;
    clean[key] = value;
  }
  const sep = path.delimiter;
  clean.PATH = (env.PATH ?? '').split(sep)
    .filter((dir) => dir && !dir.includes(`${path.sep}node_modules${path.sep}.bin`) && !dir.includes('node-gyp-bin'))
    .join(sep);
  return clean;
}
