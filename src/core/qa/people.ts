/**
 * People of a transcript as question answering sees them: every way the text
 * names a speaker (full name, curated aliases, surname + the title they are
 * addressed by, e.g. 王主任 for an 信息中心副主任 surnamed 王).
 */
import type { Speaker } from '../model';
import { ADDRESS_TITLES } from '../lang/zh/entities';
import { surnameOf } from '../lang/zh/surnames';
import { fold, positions } from './text';

export interface PersonForm {
  speaker: Speaker;
  form: string;
  /** The full name (vs an alias). */
  full: boolean;
}

export interface PersonMention extends PersonForm {
  start: number;
  end: number;
}

/** The surname a speaker's derived forms start with: a compound one (lang/zh's list), else the first character. */
function surname(name: string): string {
  if (!/^[\u4e00-\u9fff]{2,4}$/u.test(name)) return '';
  const known = surnameOf(name);
  return known.length === 2 ? known : name[0];
}

/** Every form that names a speaker, longest first; derived surname+title forms only when unambiguous. */
export function personForms(speakers: Speaker[]): PersonForm[] {
  const forms: PersonForm[] = [];
  const derived = new Map<string, Speaker[]>();
  for (const sp of speakers) {
    // forms are matched in folded text (the Simplified shadow): 張明 is found as 张明
    if (sp.name) forms.push({ speaker: sp, form: fold(sp.name), full: true });
    for (const a of sp.aliases ?? []) if (a && a !== sp.name) forms.push({ speaker: sp, form: fold(a), full: false });
    const sn = surname(fold(sp.name));
    if (!sn) continue;
    for (const t of ADDRESS_TITLES) {
      if (!fold(sp.title ?? '').includes(t)) continue;
      // 副主任 is addressed as 主任 too
      for (const f of new Set([sn + t, sn + t.replace(/^副/u, '')])) {
        const list = derived.get(f) ?? [];
        if (!list.includes(sp)) list.push(sp);
        derived.set(f, list);
      }
    }
  }
  const taken = new Set(forms.map((f) => f.form));
  for (const [form, list] of derived) {
    if (list.length === 1 && !taken.has(form)) forms.push({ speaker: list[0], form, full: false });
  }
  return forms.sort((a, b) => b.form.length - a.form.length);
}

/** Mentions of speakers in a folded text (non-overlapping, longest form wins). */
export function findPeople(text: string, forms: PersonForm[]): PersonMention[] {
  const out: PersonMention[] = [];
  const used: boolean[] = [];
  for (const f of forms) {
    for (const start of positions(text, f.form)) {
      const end = start + f.form.length;
      let free = true;
      for (let i = start; i < end; i++) if (used[i]) { free = false; break; }
      if (!free) continue;
      for (let i = start; i < end; i++) used[i] = true;
      out.push({ ...f, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The speakers a question names. */
export function peopleInQuestion(question: string, forms: PersonForm[]): Speaker[] {
  const seen = new Set<Speaker>();
  for (const m of findPeople(question, forms)) seen.add(m.speaker);
  return [...seen];
}
