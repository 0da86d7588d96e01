/** Toneless pinyin of a person's name ("xie hua"), with surname readings (单 → shan). */
import { pinyin } from 'pinyin-pro';

export function namePinyin(name: string): string {
  if (!/[\u3400-\u9fff]/.test(name)) return name.toLowerCase();
  return pinyin(name, { toneType: 'none', surname: 'head', type: 'string', nonZh: 'consecutive' })
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
