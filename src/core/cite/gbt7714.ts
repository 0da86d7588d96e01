import { responsible, type CiteSource } from './source';

/**
 * A GB/T 7714-2015 reference for an online electronic resource:
 * 主要责任者. 题名[EB/OL]. 出版地: 出版者, 出版日期.
 * e.g. 谢桦. 2017中国医疗云技术领袖峰会[EB/OL]. 上海: 中国数字医疗网（HC3i）, 2017-04-22.
 * (The standard's punctuation is the ASCII ". " ", " ": ", also in Chinese references.)
 */
export function gbt7714Citation(src: CiteSource): string {
  const e = src.event;
  const publisher = e.publisher ?? e.organizers.join(', ');
  let imprint = '';
  if (e.city && publisher) imprint = `${e.city}: ${publisher}`;
  else imprint = publisher || e.city || '';
  const tail = [imprint, e.date].filter(Boolean).join(', ');
  return `${responsible(src)}. ${e.name}[EB/OL].${tail ? ` ${tail}.` : ''}`;
}
