import { citationKey, dateParts, responsible, type CiteSource } from './source';

/**
 * CSL-JSON (the format Zotero, Pandoc and citeproc read): an array with one `speech` item for the
 * cited words, the event as `event-title`, its place and date, and the words in `note`.
 */
export function cslJsonCitation(src: CiteSource): string {
  const e = src.event;
  const item: Record<string, unknown> = {
    id: citationKey(src),
    type: 'speech',
    title: e.name,
    author: [{ literal: responsible(src) }],
    'event-title': e.name,
  };
  const place = [e.venue, e.city].filter(Boolean).join(', ');
  if (place) item['event-place'] = place;
  if (e.city) item['publisher-place'] = e.city;
  if (e.publisher) item.publisher = e.publisher;
  const parts = dateParts(e.date);
  if (parts.length) item.issued = { 'date-parts': [parts] };
  if (e.language) item.language = e.language;
  if (src.text) item.note = src.text;
  return `${JSON.stringify([item], null, 2)}\n`;
}
