/**
 * Finding people in running text: full names, and short forms (王主任, 黄主任) that are
 * resolved against the person the paragraph is about and whoever was named last.
 */

/** A mention of a person in the text. */
export interface PersonRef {
  /** Resolved name, or null when a short form fits several people and context cannot tell. */
  name: string | null;
  /** The words as written (谢桦, 王主任). */
  surface: string;
  start: number;
  end: number;
  /** Every person the surface could mean (one for a full name). */
  candidates: string[];
}

export interface PersonLike {
  name: string;
  aliases: string[];
}

export class PersonIndex {
  /** surface → names it may refer to; full names first, longest surfaces first. */
  private readonly forms: { surface: string; names: string[]; full: boolean }[];

  constructor(people: PersonLike[]) {
    const map = new Map<string, { names: Set<string>; full: boolean }>();
    const add = (surface: string, name: string, full: boolean) => {
      if (surface.length < 2) return;
      const e = map.get(surface) ?? { names: new Set<string>(), full };
      e.names.add(name);
      e.full = e.full || full;
      map.set(surface, e);
    };
    for (const p of people) add(p.name, p.name, true);
    for (const p of people) for (const a of p.aliases) add(a, p.name, false);
    this.forms = [...map.entries()]
      .map(([surface, e]) => ({ surface, names: e.full ? [surface] : [...e.names], full: e.full }))
      .sort((a, b) => b.surface.length - a.surface.length || Number(b.full) - Number(a.full));
  }

  /**
   * All non-overlapping mentions in text[start, end), left to right. A short form that fits
   * several people goes to `prefer` (the paragraph's subject) when it is among them, else to the
   * most recently named of them, else stays unresolved.
   */
  refs(text: string, start = 0, end = text.length, prefer: string | null = null, recent: string[] = []): PersonRef[] {
    const slice = text.slice(start, end);
    const taken: boolean[] = new Array(slice.length).fill(false);
    const found: PersonRef[] = [];
    for (const f of this.forms) {
      for (let i = slice.indexOf(f.surface); i >= 0; i = slice.indexOf(f.surface, i + 1)) {
        let free = true;
        for (let k = i; k < i + f.surface.length; k++) if (taken[k]) { free = false; break; }
        if (!free) continue;
        for (let k = i; k < i + f.surface.length; k++) taken[k] = true;
        found.push({ name: null, surface: f.surface, start: start + i, end: start + i + f.surface.length, candidates: f.names });
      }
    }
    found.sort((a, b) => a.start - b.start);
    const seen = [...recent];
    for (const r of found) {
      if (r.candidates.length === 1) r.name = r.candidates[0];
      else if (prefer && r.candidates.includes(prefer)) r.name = prefer;
      else r.name = [...seen].reverse().find((n) => r.candidates.includes(n)) ?? null;
      if (r.name) seen.push(r.name);
    }
    return found;
  }

  /** Distinct full names written out in text[start, end). */
  fullNames(text: string, start = 0, end = text.length): string[] {
    const names = this.refs(text, start, end).filter((r) => r.candidates.length === 1 && r.surface === r.name).map((r) => r.name!);
    return [...new Set(names)];
  }
}
