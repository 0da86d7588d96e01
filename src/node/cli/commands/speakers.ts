/**
 * `summit speakers [NAME] [--json] [--corpus PATH] [--no-bundled]`
 * Everyone in the transcript(s): title, organisation, role, their quotes and topics.
 * --json: [{ name, title, organization, role, quotes: [{ text, location }], statements: [{ text, verb, location }],
 *   topics: [ids], file, format }] — format is the transcript format the file was read as (report | markdown | plain)
 * (core's speaker read-model, src/core/read/speakers.ts: the sidebar's card shows the same).
 * NAME (name, alias such as 王主任, or pinyin) shows one person.
 */
import { output } from '../output';
import type { Corpus, Speaker, Topic } from '../../../core/model';
import { findTopic } from '../../../core/corpus/topics';
import { formatOf, speakerJson, speakerProfile, type SpeakerJson } from '../../../core/read/speakers';
import { parseOptions } from '../args';
import type { Command } from '../command';
import { clip, loadCorpora, resolveSpeakerNames, where } from '../corpora';

const ALLOWED = ['--json', '--corpus', '--no-bundled', '--segmenter', '--cache', '--no-cache'];

const ROLE_LABEL: Record<Speaker['role'], string> = { speaker: 'speaker', host: 'host', panelist: 'panelist', mentioned: 'mentioned', reporter: 'reporter' };

function label(topics: Topic[], id: string): string {
  return findTopic(topics, id)?.label.zh ?? id;
}

/** The panel passage that lines this person up, if any. */
function panelLine(corpus: Corpus, name: string) {
  const panels = new Set(corpus.sections.filter((x) => x.kind === 'panel').map((x) => x.index));
  return corpus.passages.find((p) => panels.has(p.section) && p.text.includes(name));
}

function human(corpus: Corpus, s: Speaker, j: SpeakerJson): string {
  const lines = [`${s.name} (${s.pinyin}) — ${ROLE_LABEL[s.role]}`];
  const post = [s.title, s.organization].filter(Boolean).join('，');
  if (post) lines.push(`  ${post}${s.en?.title || s.en?.organization ? `  [${[s.en?.title, s.en?.organization].filter(Boolean).join(', ')}]` : ''}`);
  if (s.aliases.length) lines.push(`  also called: ${s.aliases.join('、')}`);
  const panel = panelLine(corpus, s.name);
  if (panel) lines.push(`  on the panel  ${where(corpus, panel.location)}`);
  if (j.topics.length) lines.push(`  topics: ${j.topics.map((id) => label(corpus.topics, id)).join('、')}`);
  if (j.quotes.length) {
    lines.push(`  quotes (${j.quotes.length}):`);
    for (const q of j.quotes) lines.push(`    “${clip(q.text, 60)}”  ${where(corpus, q.location)}`);
  }
  if (j.statements.length) {
    lines.push(`  statements (${j.statements.length}):`);
    for (const st of j.statements) lines.push(`    ${st.verb}：${clip(st.text, 60)}  ${where(corpus, st.location)}`);
  }
  return lines.join('\n');
}

export const speakersCommand: Command = {
  name: 'speakers',
  usage: 'speakers [NAME] [--json]',
  summary: 'who spoke: title, organisation, role, quotes and topics',
  async run(argv: string[]): Promise<number> {
    const opts = parseOptions(argv, ALLOWED);
    const corpora = await loadCorpora(opts);
    const only = opts.text !== undefined ? resolveSpeakerNames(corpora, opts.text) : undefined;
    const rows = corpora.flatMap((c) => c.speakers.filter((s) => !only || only.has(s.name)).map((s) => ({ c, s, j: speakerJson(speakerProfile(c, s)) })));
    if (opts.json) {
      output.out(`${JSON.stringify(rows.map((r) => r.j), null, 2)}\n`);
      return 0;
    }
    const blocks: string[] = [];
    for (const c of corpora) {
      const mine = rows.filter((r) => r.c === c);
      if (!mine.length) continue;
      if (corpora.length > 1 || !only) blocks.push(`${c.event.name} — ${c.file} (${formatOf(c)} format) — ${mine.length} ${mine.length === 1 ? 'person' : 'people'}\n`);
      blocks.push(mine.map((r) => human(c, r.s, r.j)).join('\n\n') + '\n');
    }
    output.out(blocks.join('\n'));
    return 0;
  },
};
