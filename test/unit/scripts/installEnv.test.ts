/**
 * scripts/lib/install-env.mjs: the environment `npm test` hands to the nested npm installs of the
 * test host (issue 12, finding 1). npm's own variables and its node_modules/.bin folders must not
 * leak into them; everything else the machine set must pass through untouched.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

type CleanInstallEnv = (env: NodeJS.ProcessEnv) => Record<string, string | undefined>;
// The test is compiled to CommonJS; a real import() loads the ES module.
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<{ cleanInstallEnv: CleanInstallEnv }>;
const ROOT = path.join(__dirname, '..', '..', '..', '..');

describe('scripts/lib/install-env.mjs: cleanInstallEnv', () => {
  let cleanInstallEnv: CleanInstallEnv;
  before(async () => {
    ({ cleanInstallEnv } = await importEsm(pathToFileURL(path.join(ROOT, 'scripts', 'lib', 'install-env.mjs')).href));
  });

  const sep = path.delimiter;
  const outer: NodeJS.ProcessEnv = {
    NODE: '/usr/bin/node',
    INIT_CWD: '/src/summit',
    npm_node_execpath: '/usr/bin/node',
    npm_config_user_agent: 'npm/11 node/v20',
    npm_config_yes: 'true',
    npm_lifecycle_event: 'test',
    npm_package_name: 'summit-search',
    NPM_CONFIG_CACHE: '/tmp/npm-cache',
    HOME: '/home/u',
    LANG: 'C.UTF-8',
    SUMMIT_HOST_ROOT: '/tmp/host',
    http_proxy: 'http://proxy:3128',
    PATH: ['/src/summit/node_modules/.bin', '/src/node_modules/.bin', '/usr/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/node-gyp-bin', '/usr/local/bin', '/usr/bin', '/bin'].join(sep),
  };

  it('drops NODE, INIT_CWD and every npm_* variable (any case)', () => {
    const env = cleanInstallEnv(outer);
    for (const key of Object.keys(env)) assert.doesNotMatch(key, /^npm_/i, key);
    assert.equal(env.NODE, undefined);
    assert.equal(env.INIT_CWD, undefined);
  });

  it('removes the node_modules/.bin and node-gyp-bin entries from PATH, in order otherwise', () => {
    assert.equal(cleanInstallEnv(outer).PATH, ['/usr/local/bin', '/usr/bin', '/bin'].join(sep));
  });

  it('keeps the rest of the environment as it was', () => {
    const env = cleanInstallEnv(outer);
    assert.deepEqual(
      { HOME: env.HOME, LANG: env.LANG, SUMMIT_HOST_ROOT: env.SUMMIT_HOST_ROOT, http_proxy: env.http_proxy },
      { HOME: '/home/u', LANG: 'C.UTF-8', SUMMIT_HOST_ROOT: '/tmp/host', http_proxy: 'http://proxy:3128' },
    );
    assert.deepEqual(Object.keys(env).sort(), ['HOME', 'LANG', 'PATH', 'SUMMIT_HOST_ROOT', 'http_proxy'].sort());
  });

  it('does not change its input and copes with an environment without PATH', () => {
    const before = JSON.stringify(outer);
    cleanInstallEnv(outer);
    assert.equal(JSON.stringify(outer), before);
    assert.equal(cleanInstallEnv({ HOME: '/h' }).PATH, '');
  });
});
