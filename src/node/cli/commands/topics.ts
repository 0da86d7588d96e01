/**
 * `summit topics [--json] [--corpus PATH] [--no-bundled]`
 * The topic tree with how many passages each topic has (a parent counts its children's).
 * --json: [{ id, label: { zh, en }, children: [...], passages }]: the trees of all corpora merged
 * (core's topic read-model, src/core/read/topics.ts: the Topics view and the sidebar show the same).
 */
import { output } from '../output';
import { topicJson, topicTree, type TopicJson } from '../../../core/read/topics';
import { parseOptions, UsageError } from '../args';
import type { Command } from '../command';
import { loadCorpora } from '../corpora';

const ALLOWED = ['--json', '--corpus', '--no-bundled', '--segmenter', '--cache', '--no-cache'];

function human(nodes: TopicJson[], depth = 0): string[] {
  return nodes.flatMap((t) => [
    `${'  '.repeat(depth)}${t.label.zh}  ${t.label.en}  (${t.id}) — ${t.passages} ${t.passages === 1 ? 'passage' : 'passages'}`,
    ...human(t.children, depth + 1),
  ]);
}

export const topicsCommand: Command = {
  name: 'topics',
  usage: 'topics [--json]',
  summary: 'the topic tree with passage counts',
  async run(argv: string[]): Promise<number> {
    const opts = parseOptions(argv, ALLOWED);
    if (opts.text !== undefined) throw new UsageError(`topics takes no words (got "${opts.text}")`);
    const tree = topicJson(topicTree(await loadCorpora(opts)));
    output.out(opts.json ? `${JSON.stringify(tree, null, 2)}\n` : `${human(tree).join('\n')}\n`);
    return 0;
  },
};
