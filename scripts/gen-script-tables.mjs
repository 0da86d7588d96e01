// Writes src/core/lang/zh/scriptTables.ts from the installed opencc-js (see scripts/lib/script-tables.mjs).
//   node scripts/gen-script-tables.mjs
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptTablesModule } from './lib/script-tables.mjs';

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'core', 'lang', 'zh', 'scriptTables.ts');
fs.writeFileSync(out, scriptTablesModule());
console.log(`wrote ${path.relative(process.cwd(), out)} (${fs.statSync(out).size} bytes)`);
