/**
 * Titles read from how a transcript's host addresses its speakers (请司马教授先从研究的角度说说):
 * a speaker whose heading gives no title, whose surname no other speaker shares, addressed after
 * a floor-giving word by that surname (or the full name) and a title, and by that title only,
 * holds it.
 */
import { ADDRESS_TITLES } from '../../lang/zh/entities';
import { ADDRESS_WITHOUT_POST, FLOOR_GIVING_WORDS, longestFirst, simplifiedShadow, surnameLengthAt, wordStartingAt } from '../../lang/zh';

const TITLES = longestFirst(ADDRESS_TITLES);

interface Addressee {
  name: string;
  /** The name and its surname, Simplified. */
  full: string;
  surname: string;
}

/** The untitled speakers who can be addressed by surname: each surname held by one speaker only. */
function addressees(speakers: ReadonlyArray<{ name: string; title: string }>): Addressee[] {
  const bySurname = new Map<string, number>();
  const all = speakers.map((s) => {
    const full = simplifiedShadow(s.name);
    const surname = full.slice(0, surnameLengthAt(full, 0));
    if (surname) bySurname.set(surname, (bySurname.get(surname) ?? 0) + 1);
    return { name: s.name, title: s.title, full, surname };
  });
  return all.filter((a) => a.title === '' && a.surname !== '' && a.full.length > a.surname.length && bySurname.get(a.surname) === 1);
}

/** The title said right after the person's name or surname at s[at], or undefined. */
function titleAddressedAt(s: string, at: number, a: Addressee): string | undefined {
  const after = s.startsWith(a.full, at) ? at + a.full.length : s.startsWith(a.surname, at) ? at + a.surname.length : -1;
  const title = after < 0 ? undefined : wordStartingAt(TITLES, s, after);
  return title && !ADDRESS_WITHOUT_POST.has(title) ? title : undefined;
}

/** Speaker name → the one title the host addresses them by (`shadow`: the transcript's Simplified shadow). */
export function addressedTitles(shadow: string, speakers: ReadonlyArray<{ name: string; title: string }>): Map<string, string> {
  const found = new Map<string, Set<string>>();
  const people = addressees(speakers);
  if (people.length === 0) return new Map();
  for (const word of FLOOR_GIVING_WORDS) {
    for (let at = shadow.indexOf(word); at >= 0; at = shadow.indexOf(word, at + 1)) {
      for (const a of people) {
        const title = titleAddressedAt(shadow, at + word.length, a);
        if (!title) continue;
        const titles = found.get(a.name) ?? new Set<string>();
        found.set(a.name, titles.add(title));
      }
    }
  }
  return new Map([...found].filter(([, titles]) => titles.size === 1).map(([name, titles]) => [name, [...titles][0]]));
}
