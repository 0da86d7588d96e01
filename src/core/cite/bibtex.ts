import { citationKey, dateParts, responsible, type CiteSource } from './source';
import { escapeLatex } from './escape';

/**
 * A BibTeX `@misc` entry for the event report, with the cited words in `note`. Field values are
 * LaTeX-escaped (BibTeX hands them to LaTeX) and braced; the key is ASCII (pinyin + year + id).
 */
export function bibtexCitation(src: CiteSource): string {
  const e = src.event;
  const [year, month, day] = dateParts(e.date);
  const fields: Array<[string, string]> = [];
  const author = responsible(src);
  // A corporate author (the publisher) is double-braced so BibTeX never splits it into names.
  fields.push(['author', src.speakerName ? escapeLatex(author) : `{${escapeLatex(author)}}`]);
  fields.push(['title', `{${escapeLatex(e.name)}}`]);
  if (e.date) fields.push(['date', escapeLatex(e.date)]);
  if (year) fields.push(['year', String(year)]);
  if (month) fields.push(['month', String(month)]);
  if (day) fields.push(['day', String(day)]);
  const address = [e.venue, e.city].filter((x): x is string => Boolean(x)).join(', ');
  if (address) fields.push(['address', escapeLatex(address)]);
  if (e.publisher) fields.push(['publisher', escapeLatex(e.publisher)]);
  if (e.organizers.length) fields.push(['organization', escapeLatex(e.organizers.join('; '))]);
  fields.push(['note', escapeLatex(note(src))]);
  if (e.language) fields.push(['language', escapeLatex(e.language)]);
  const width = Math.max(...fields.map(([k]) => k.length));
  const body = fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`).join(',\n');
  return `@misc{${citationKey(src)},\n${body}\n}\n`;
}

function note(src: CiteSource): string {
  const who = src.speaker?.title ? `${src.speakerName}（${src.speaker.title}）` : src.speakerName;
  const where = src.line ? (src.cjk ? `${src.file}，第${src.line}行` : `${src.file}, line ${src.line}`) : src.file;
  if (!src.text) return who ? `${who}. ${where}` : where;
  const words = src.cjk ? `“${src.text}”` : `"${src.text}"`;
  return `${who ? `${who}${src.cjk ? '：' : ': '}` : ''}${words}. ${where}`;
}
