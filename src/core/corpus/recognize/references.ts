/**
 * Who a subject refers to: a full name, a short form later in the text (刘局长, 王主任, 黄主委,
 * 张总), 该院副院长 (the last person with that title), 他/她 (the last person named before), or
 * the surname alone before a speech verb (范表示, 范又指 — as Hong Kong reports write it once the
 * full name is given: the last person named with that surname).
 */
import { DEMONSTRATIVE_ORG_NOUNS, SHORT_FORM_ROLES, statementVerbAt, surnameOf, TITLE_PREFIXES, TITLES_SHORTENED_TO_ZONG, wordStartingAt } from '../../lang/zh';
import { isHanAt } from './names';
import type { FoundPerson } from './people';

export interface Reference {
  person: FoundPerson;
  start: number;
  end: number;
  kind: 'name' | 'short' | 'pronoun';
}

/**
 * Short forms for a person: surname + the role word a title of theirs ends with (主任委员 → 主委
 * too). Every title the text gives them counts, not only the one kept: a person with two posts
 * (医院信息科副主任、学会学组组长曹某) or a title after the name (曹某主任) is 曹主任 as well as 曹组长.
 */
export function shortFormsOf(p: FoundPerson): string[] {
  const surname = surnameOf(p.key);
  if (!surname || p.key.length <= surname.length) return [];
  const out = new Set<string>();
  for (const title of new Set([p.title, ...p.mentions.map((m) => m.title ?? '')])) {
    if (!title) continue;
    for (const r of SHORT_FORM_ROLES) if (title.endsWith(r)) out.add(surname + r);
    if (/主任委员$/.test(title)) out.add(`${surname}主委`);
    if (ZONG_TITLE.test(title)) out.add(`${surname}总`);
  }
  return [...out];
}

/** What may stand between a surname used alone and its verb (范又指, 范亦表示). */
const SURNAME_FILLER = /^[又亦也还再则]?/u;
/** A title after which a surname takes 总 (张总). */
const ZONG_TITLE = new RegExp(TITLES_SHORTENED_TO_ZONG.join('|'));
/** 该 and the organisation it points back to (该院, 该中心). */
const DEMONSTRATIVE_ORG = new RegExp(`^该(?:${DEMONSTRATIVE_ORG_NOUNS.join('|')})`);

export class References {
  private readonly byStart = new Map<number, Reference>();
  private readonly sorted: Reference[];
  /** The one-character surnames of the people found (not reporters) with a longer name. */
  private readonly surnames = new Set<string>();

  constructor(shadow: string, people: FoundPerson[]) {
    for (const p of people) for (const m of p.mentions) this.byStart.set(m.start, { person: p, start: m.start, end: m.end, kind: 'name' });
    const forms = new Map<string, FoundPerson[]>();
    for (const p of people) for (const f of shortFormsOf(p)) forms.set(f, [...(forms.get(f) ?? []), p]);
    for (const [form, ps] of forms) {
      for (let i = shadow.indexOf(form); i >= 0; i = shadow.indexOf(form, i + 1)) {
        if (this.byStart.has(i) || this.inside(i)) continue;
        const person = ps.length === 1 ? ps[0] : this.lastOf(i, ps);
        if (person) this.byStart.set(i, { person, start: i, end: i + form.length, kind: 'short' });
      }
    }
    this.sorted = [...this.byStart.values()].sort((a, b) => a.start - b.start);
    for (const p of people) {
      const sn = surnameOf(p.key);
      if (p.role !== 'reporter' && sn?.length === 1 && p.key.length > 1) this.surnames.add(sn);
    }
  }

  /** 范表示: a surname alone, not inside a word, right before a statement verb: the last person named with it. */
  private surnameAlone(shadow: string, i: number): Reference | undefined {
    if (isHanAt(shadow, i - 1) || !this.surnames.has(shadow[i])) return undefined;
    const filler = SURNAME_FILLER.exec(shadow.slice(i + 1, i + 2))![0];
    if (!statementVerbAt(shadow, i + 1 + filler.length)) return undefined;
    for (let k = this.firstFrom(i) - 1; k >= 0; k--) {
      const r = this.sorted[k];
      if (r.kind !== 'pronoun' && r.person.role !== 'reporter' && surnameOf(r.person.key) === shadow[i]) return { person: r.person, start: i, end: i + 1, kind: 'short' };
    }
    return undefined;
  }

  private inside(i: number): boolean {
    for (const r of this.byStart.values()) if (i > r.start && i < r.end) return true;
    return false;
  }

  private lastOf(i: number, ps: FoundPerson[]): FoundPerson | undefined {
    const before = [...this.byStart.values()].filter((r) => r.start < i && ps.includes(r.person)).sort((a, b) => b.start - a.start);
    return before[0]?.person;
  }

  /** The references inside [from, to), in text order. */
  within(from: number, to: number): Reference[] {
    const out: Reference[] = [];
    // Sorted by start, and every reference ends after it starts: none from `to` on can end by `to`.
    for (let k = this.firstFrom(from); k < this.sorted.length && this.sorted[k].start < to; k++) {
      if (this.sorted[k].end <= to) out.push(this.sorted[k]);
    }
    return out;
  }

  /** Index of the first reference (by start) that starts at or after i. */
  private firstFrom(i: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid].start < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The reference starting at i; for 他/她 and 该院+title, resolved to the person meant. */
  at(shadow: string, i: number): Reference | undefined {
    const r = this.byStart.get(i);
    if (r) return r;
    const u = shadow.charCodeAt(i);
    // 他 or 她, not 他们 or 其他 (code units: asked at every position of a sentence).
    if ((u === 0x4ed6 || u === 0x5979) && shadow.charCodeAt(i + 1) !== 0x4eec && shadow.charCodeAt(i - 1) !== 0x5176) {
      const last = this.last(i);
      return last ? { person: last.person, start: i, end: i + 1, kind: 'pronoun' } : undefined;
    }
    const alone = this.surnameAlone(shadow, i);
    if (alone) return alone;
    const dem = u === 0x8be5 /* 该 */ ? DEMONSTRATIVE_ORG.exec(shadow.slice(i, i + 4)) : null;
    if (dem) {
      const rest = shadow.slice(i + dem[0].length, i + dem[0].length + 10);
      const prefix = wordStartingAt(TITLE_PREFIXES, rest, 0) ?? '';
      const role = wordStartingAt(SHORT_FORM_ROLES, rest, prefix.length);
      if (role) {
        const title = prefix + role;
        const hit = [...this.sorted].reverse().find((x) => x.start < i && x.person.title.endsWith(title));
        if (hit) return { person: hit.person, start: i, end: i + dem[0].length + title.length, kind: 'short' };
      }
    }
    return undefined;
  }

  /** The last person referred to before position i (not a reporter). */
  last(i: number): Reference | undefined {
    // A reference starting at or after i cannot end by i: the search starts before them.
    for (let k = this.firstFrom(i) - 1; k >= 0; k--) {
      const r = this.sorted[k];
      if (r.end <= i && r.person.role !== 'reporter') return r;
    }
    return undefined;
  }
}
