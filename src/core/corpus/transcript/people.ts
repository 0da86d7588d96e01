/**
 * Building Speaker records for Markdown and plain transcripts: pinyin, short
 * forms (王主任), curated enrichment, telling a name from a title phrase, and
 * topic tagging of a span.
 */
import { pinyin } from 'pinyin-pro';
import type { Role, Speaker, Topic } from '../../model';
import { tagTopics } from '../topics';
import { COMPOUND_SURNAMES, NOT_NAME_WORDS, ROLE_WORD_LIST, SHORT_FORM_ROLES, SURNAMES, TITLES_SHORTENED_TO_ZONG, roleWordAtEnd, simplifiedShadow, surnameOf } from '../../lang/zh';
import { orgAndTitle } from '../recognize/context';
import type { CuratedInput } from './types';

/** Job-title endings, longest first, as they appear before a name (…主任谢桦): the language module's list. */
export const TITLE_WORDS: readonly string[] = ROLE_WORD_LIST;

/** Is `s` plausibly a personal name (2–4 Han characters starting with a surname)? */
export function looksLikeName(s: string): boolean {
  if (!/^[\u4e00-\u9fff·]{2,4}$/.test(s) || NOT_NAME_WORDS.has(s)) return false;
  if (COMPOUND_SURNAMES.has(s.slice(0, 2))) return s.length >= 3;
  return SURNAMES.has(s[0]) && s.length <= 3;
}

/**
 * Splits "上海市卫计委信息中心主任" into organisation and title at the last organisation
 * ending that leaves a title (departments such as 信息中心 stay with the title).
 */
export function splitTitle(phrase: string): { title: string; organization: string } {
  if (!roleWordAtEnd(phrase)) return { title: '', organization: phrase };
  return orgAndTitle(phrase, simplifiedShadow(phrase));
}

/** Pinyin without tones, space-separated syllables ("xie hua"); empty for non-Han names. */
export function namePinyin(name: string): string {
  if (!/[\u4e00-\u9fff]/.test(name)) return '';
  return pinyin(name, { toneType: 'none', type: 'array' }).join(' ').toLowerCase();
}

/** A title after which a surname takes 总 (张总). */
const ZONG_TITLE = new RegExp(TITLES_SHORTENED_TO_ZONG.join('|'));

/** Short forms the text may use for a person: surname + the role word the title ends with (王主任, 卢院长, 张总). */
export function shortForms(name: string, title: string): string[] {
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(name)) return [];
  const surname = surnameOf(name) || name[0];
  const out = new Set<string>();
  const role = SHORT_FORM_ROLES.find((w) => w !== '总' && title.endsWith(w));
  if (role) out.add(surname + role);
  if (ZONG_TITLE.test(title)) out.add(surname + '总');
  return [...out];
}

/** A new Speaker, enriched by a curated record of the same name when there is one. */
export function makeSpeaker(name: string, title: string, organization: string, role: Role, curated?: CuratedInput): Speaker {
  const known = curated?.speakers?.find((s) => s.name === name);
  const t = title || known?.title || '';
  const speaker: Speaker = {
    name,
    title: t,
    organization: organization || known?.organization || '',
    role,
    aliases: [...new Set([...(known?.aliases ?? []), ...shortForms(name, t)])],
    pinyin: known?.pinyin || namePinyin(name),
  };
  if (known?.en) speaker.en = known.en;
  return speaker;
}

/** Gives an untitled speaker a title found later (how the host addresses them), with its short forms. */
export function giveTitle(speaker: Speaker | undefined, title: string): void {
  if (!speaker || speaker.title) return;
  speaker.title = title;
  speaker.aliases = [...new Set([...speaker.aliases, ...shortForms(speaker.name, title)])];
}

/** Topic ids (leaf and ancestors) whose signal words occur in the text — the same tagging as the report parser's. */
export function topicsOf(text: string, topics: Topic[]): string[] {
  return tagTopics(text, topics);
}
