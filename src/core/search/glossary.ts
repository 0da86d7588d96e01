/**
 * The bilingual glossary (corpus/glossary.json): English phrases → Chinese terms,
 * used to answer English queries over Chinese transcripts. Validated on load; a
 * broken entry is reported as a Problem naming the file and field, and skipped.
 */
import type { Problem } from '../model';
import bundledGlossary from '../../../corpus/glossary.json';

export interface GlossaryEntry {
  /** English words or phrases, matched case-insensitively on word boundaries. */
  en: string[];
  /** The Chinese terms they mean. */
  zh: string[];
}

export interface Glossary {
  entries: GlossaryEntry[];
}

export interface GlossaryValidation {
  glossary: Glossary;
  problems: Problem[];
}

/** Checks the shape of a parsed glossary file; keeps every valid entry. */
export function validateGlossary(data: unknown, file = 'glossary.json'): GlossaryValidation {
  const problems: Problem[] = [];
  const entries: GlossaryEntry[] = [];
  const fail = (field: string, message: string) =>
    problems.push({ severity: 'error', message: `${file}: ${field}: ${message}`, file, field });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    fail('(root)', 'expected an object with an "entries" array');
    return { glossary: { entries }, problems };
  }
  const list = (data as { entries?: unknown }).entries;
  if (!Array.isArray(list)) {
    fail('entries', 'expected an array');
    return { glossary: { entries }, problems };
  }
  list.forEach((raw, i) => {
    const field = `entries[${i}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      fail(field, 'expected an object {en, zh}');
      return;
    }
    const { en, zh } = raw as { en?: unknown; zh?: unknown };
    const enOk = isNonEmptyStringArray(en);
    const zhOk = isNonEmptyStringArray(zh);
    if (!enOk) fail(`${field}.en`, 'expected a non-empty array of non-empty strings');
    if (!zhOk) fail(`${field}.zh`, 'expected a non-empty array of non-empty strings');
    if (enOk && zhOk) entries.push({ en: (en as string[]).slice(), zh: (zh as string[]).slice() });
  });
  return { glossary: { entries }, problems };
}

function isNonEmptyStringArray(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && s.trim() !== '');
}

let bundled: GlossaryValidation | undefined;

/** The glossary shipped in corpus/glossary.json (validated once). */
export function bundledGlossaryValidated(): GlossaryValidation {
  if (!bundled) bundled = validateGlossary(bundledGlossary, 'corpus/glossary.json');
  return bundled;
}
