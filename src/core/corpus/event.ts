/**
 * Event facts the report states in its opening: the date (2017年4月22日), the event's name
 * (the quoted name ending in 峰会/大会/论坛/…), the venue (在…酒店召开) and the organisers (由…共同举办).
 */
import type { EventInfo } from '../model';
import { CEREMONY_ADVERBS, EVENT_NAME_ENDINGS, JOINT_ADVERBS, MAJOR_CITIES, ORGANISER_ROLES, ORGANISING_VERBS, VENUE_ENDINGS, VENUE_VERBS } from '../lang/zh';

const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const NAME = new RegExp(`[“《]([^“”《》]{2,60}?(?:${EVENT_NAME_ENDINGS.join('|')}))[”》]`);
const VENUE = new RegExp(`在([^，,。；;“”]{2,40}?(?:${VENUE_ENDINGS.join('|')}))(?:${CEREMONY_ADVERBS.join('|')})?(?:${VENUE_VERBS.join('|')})`);
const ORGANISERS = new RegExp(`由(.{2,200}?)(?:${JOINT_ADVERBS.join('|')})?(?:${ORGANISING_VERBS.join('|')})(?=的|了|，|,|。|$)`);
const ORG_ROLE = new RegExp(`^(?:${ORGANISER_ROLES.join('|')})[：:]?`);
/** Cities whose names start a venue or the text (a short list of Chinese municipalities and major cities). */
const CITY = new RegExp(`^(${[...MAJOR_CITIES].sort((a, b) => b.length - a.length).join('|')})`);

export function extractEvent(text: string): Partial<EventInfo> {
  const out: Partial<EventInfo> = {};
  const d = DATE.exec(text);
  if (d) out.date = `${d[1]}-${d[2].padStart(2, '0')}-${d[3].padStart(2, '0')}`;
  const n = NAME.exec(text);
  if (n) out.name = n[1].trim();
  const v = VENUE.exec(text);
  if (v) {
    out.venue = v[1].trim();
    const c = CITY.exec(out.venue);
    if (c) out.city = c[1];
  }
  const o = ORGANISERS.exec(text);
  if (o) {
    const names = o[1]
      .split(/[、，,；;]/)
      .map((s) => s.trim().replace(ORG_ROLE, '').replace(/^(?:和|及|与)/, '').trim())
      .filter((s) => s.length >= 2 && s.length <= 40);
    if (names.length) out.organizers = names;
  }
  return out;
}
