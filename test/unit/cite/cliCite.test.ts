// `summit cite` over the bundled summit: the best quote for some words, a hit id, every format,
// and usage errors.
import * as assert from 'node:assert/strict';
import { citeCommand, takeFormat } from '../../../src/node/cli/commands/cite';
import { UsageError } from '../../../src/node/cli/args';

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  const chunks: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => { chunks.push(String(chunk)); return true; }) as typeof process.stdout.write;
  try {
    const code = await citeCommand.run(argv);
    return { code, out: chunks.join('') };
  } finally {
    process.stdout.write = write;
  }
}

describe('cite: summit cite', () => {
  it('cites the quote that holds the words, not the whole sentence around it', async () => {
    const { code, out } = await run(['医护体验']);
    assert.equal(code, 0);
    assert.equal(out, '> 医护体验始终是硬道理\n>\n> — 郭旭升，信息中心主任，上海交通大学医学院附属仁济医院，2017中国医疗云技术领袖峰会，2017-04-22\n');
  });

  it('takes a hit id and a format, and answers JSON', async () => {
    const first = JSON.parse((await run(['医护体验', '--json'])).out) as Array<{ id: string }>;
    const { out } = await run([first[0].id, '--format', 'latex', '--json']);
    const [entry] = JSON.parse(out) as Array<{ id: string; format: string; citation: string }>;
    assert.equal(entry.id, first[0].id);
    assert.equal(entry.format, 'latex');
    assert.ok(entry.citation.startsWith('\\begin{quote}\n医护体验始终是硬道理\\par\n'));
  });

  it('--limit gives several citations', async () => {
    const list = JSON.parse((await run(['混合云', '--limit', '3', '--format=gbt7714', '--json'])).out) as Array<{ citation: string }>;
    assert.equal(list.length, 3);
    for (const c of list) assert.match(c.citation, /^\S+\. 2017中国医疗云技术领袖峰会\[EB\/OL\]\. 上海: 中国数字医疗网（HC3i）, 2017-04-22\.$/);
  });

  it('an unknown format or a missing query is a usage error', async () => {
    assert.throws(() => takeFormat(['x', '--format', 'apa']), UsageError);
    await assert.rejects(run([]), UsageError);
  });
});
