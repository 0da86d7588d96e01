#!/usr/bin/env node
// `npm run eval`: the search evaluation, then the question-answering evaluation, over the
// bundled summit with the built CLI; then the development reports, scored separately. Extra arguments (e.g. --segmenter nodejieba) go to both.
// Exit code: 0 when both pass, otherwise the first non-zero code.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let code = 0;
for (const [title, file] of [['Search (top 5 speakers)', 'eval-search.mjs'], ['Question answering', 'eval-qa.mjs'], ['Development reports (test/eval/reports, each on its own)', 'eval-reports.mjs']]) {
  console.log(`\n== ${title} ==`);
  const r = spawnSync(process.execPath, [join(here, file), ...args], { stdio: 'inherit' });
  if (r.status !== 0 && code === 0) code = r.status ?? 1;
}
process.exit(code);
