/**
 * `summit topics [--json] [--corpus PATH] [--no-bundled]`
 * The topic tree with how many passages each topic has (a parent counts its children's).
 * --json: [{ id, label: { zh, en }, children: [...], passages }].
 */
import type { Corpus, Topic } from '../../../core/model';
import { topicPassageCounts } from '../../../core/corpus/topics';
import { parseOptions, UsageError } from '../args';
import type { Command } from '../command';
import { loadCorpora } from '../corpora';

const ALLOWED = ['--json', '--corpus', '--no-bundled', '--segmenter'];

export interface TopicJson {
  id: string;
  label: { zh: string; en: string };
  children: TopicJson[];
  passages: number;
}

/** The topic tree of the first corpus, with passage counts summed over all corpora. */
export function topicTree(corpora: Corpus[]): TopicJson[] {
  const counts = new Map<string, number>();
  for (const c of corpora) for (const [id, n] of topicPassageCounts(c.passages)) counts.set(id, (counts.get(id) ?? 0) + n);
  const convert = (t: Topic): TopicJson => ({
    id: t.id, label: { zh: t.label.zh, en: t.label.en }, children: (t.children ?? []).map(convert), passages: counts.get(t.id) ?? 0,
  });
  return (corpora[0]?.topics ?? []).map(convert);
}

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
    const tree = topicTree(await loadCorpora(opts));
    process.stdout.write(opts.json ? `${JSON.stringify(tree, null, 2)}\n` : `${human(tree).join('\n')}\n`);
    return 0;
  },
};
