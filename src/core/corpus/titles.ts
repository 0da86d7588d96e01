/**
 * Job titles and organisations as Chinese reports write them ("organisation + title + name"):
 * the role words that end a title, and how to split "上海市卫计委信息中心主任" into
 * organisation (上海市卫计委) and title (信息中心主任).
 */

import { COMPOUND_SURNAMES, ORG_SUFFIXES, ROLE_SHORT_FORMS, ROLE_WORD_LIST, TITLE_DEPARTMENTS, VENDOR_ORG_ENDINGS } from '../lang/zh';

/** Words that end a job title, longest first so 副主任 wins over 主任 (the language module's list). */
export const ROLE_WORDS: readonly string[] = ROLE_WORD_LIST;

/** Role word → the short form that follows a surname (王主任, 卢院长, 刘博士). */
const ALIAS_SUFFIX: [RegExp, readonly string[]][] = ROLE_SHORT_FORMS.map(([ends, forms]) => [new RegExp(`(?:${ends.join('|')})$`), forms]);

/** Endings that close an organisation's name: the language module's, plus 附属第N医院 and the vendor words 软件/科技. */
const ORG_SUFFIX = new RegExp(`(附属第[一二三四五六七八九十]+医院|${ORG_SUFFIXES.join('|')}|${VENDOR_ORG_ENDINGS.join('|')})`, 'g');

/** A department that ends the organisation part but belongs to the title (信息中心主任). */
const TITLE_DEPARTMENT_END = new RegExp(`(${TITLE_DEPARTMENTS.join('|')})$`);

/** The surname of a name: a compound one (欧阳) when it has one, else the first character. */
export function surnameOf(name: string): string {
  return name.length > 2 && COMPOUND_SURNAMES.has(name.slice(0, 2)) ? name.slice(0, 2) : name.slice(0, 1);
}

/** Short forms of a person's name built from the surname and the title: 王力华 + 信息中心副主任 → 王主任. */
export function titleAliases(name: string, title: string): string[] {
  if (!/^[\u3400-\u9fff]/.test(name)) return [];
  const surname = surnameOf(name);
  const out: string[] = [];
  for (const [re, suffixes] of ALIAS_SUFFIX) {
    if (re.test(title)) for (const s of suffixes) out.push(surname + s);
  }
  return out;
}

/** The role word a string ends with, if any. */
export function endingRole(s: string): string | undefined {
  return ROLE_WORDS.find((r) => s.endsWith(r));
}

/** Index just after the last role word in `s`, or -1. */
export function lastRoleEnd(s: string): number {
  let best = -1;
  for (const r of ROLE_WORDS) {
    const i = s.lastIndexOf(r);
    if (i >= 0 && i + r.length > best) best = i + r.length;
  }
  return best;
}

/**
 * Splits "organisation+title" into its parts. The organisation ends at the first organisation
 * ending (医院, 公司, 卫计委, 研究院, …) that leaves a title ending in a role word; failing that,
 * at the longest prefix the text mentions elsewhere on its own (戴尔 in "戴尔首席…架构师").
 */
export function splitOrgTitle(orgTitle: string, fullText = ''): { organization: string; title: string } {
  const s = orgTitle.trim();
  if (!s) return { organization: '', title: '' };
  if (!endingRole(s)) return { organization: s, title: '' };
  const role = endingRole(s)!;
  // Prefer the LAST organisation ending that still leaves at least the role word as title.
  let cut = -1;
  ORG_SUFFIX.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ORG_SUFFIX.exec(s))) {
    const end = m.index + m[0].length;
    if (end <= s.length - role.length) cut = end;
  }
  // "信息中心" belongs to the title (信息中心主任), never to the organisation.
  if (cut > 0) {
    const dept = s.slice(0, cut).match(TITLE_DEPARTMENT_END);
    if (dept) cut -= dept[0].length;
  }
  if (cut <= 0 && fullText) {
    for (let len = s.length - role.length; len >= 2; len--) {
      const prefix = s.slice(0, len);
      if (countOccurrences(fullText, prefix) > countOccurrences(fullText, s)) { cut = len; break; }
    }
  }
  if (cut <= 0) return { organization: '', title: s };
  return { organization: s.slice(0, cut), title: s.slice(cut) };
}

function countOccurrences(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
  return n;
}
