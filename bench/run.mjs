// `npm run bench`: the search benchmark (both engines, bundled summit), then the
// workspace scale run if present. Extra arguments go to both; --search-only skips the scale run.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2).filter((a) => a !== '--search-only');
let code = 0;
const run = (file) => {
  const r = spawnSync(process.execPath, [path.join(here, file), ...args], { stdio: 'inherit' });
  if (r.status !== 0) code = r.status ?? 1;
};
run('search.mjs');
if (!process.argv.includes('--search-only') && fs.existsSync(path.join(here, 'scale.mjs'))) {
  console.log('');
  run('scale.mjs');
}
process.exit(code);
