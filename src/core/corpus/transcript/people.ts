/**
 * Building Speaker records for Markdown and plain transcripts: pinyin, short
 * forms (王主任), curated enrichment, telling a name from a title phrase, and
 * topic tagging of a span.
 */
import { pinyin } from 'pinyin-pro';
import type { Role, Speaker, Topic } from '../../model';
import { tagTopics } from '../topics';
import type { CuratedInput } from './types';

/** Job-title endings, longest first, as they appear before a name (…主任谢桦). */
export const TITLE_WORDS = [
  '首席执行官', '首席信息官', '首席技术官', '副总经理', '总经理', '副总裁', '副院长', '副主任', '副主编', '副教授',
  '董事长', '秘书长', '研究员', '工程师', '架构师', '负责人', '创始人', '合伙人',
  '院长', '主任', '总监', '博士', '教授', '主编', '经理', '总裁', '主席', '处长', '局长', '科长', '部长', '所长',
  '书记', '医生', '院士', '专家', '顾问', '主管', '记者', '编辑',
  'CEO', 'CIO', 'CTO', 'CFO', 'COO', 'VP',
  // Traditional forms
  '副總經理', '總經理', '副院長', '執行長', '董事長', '研究員', '工程師', '架構師', '負責人', '創辦人',
  '院長', '總監', '經理', '主編', '處長', '局長', '科長', '部長', '所長', '顧問', '醫師',
];

/** Common Chinese surnames (Simplified and Traditional), to tell a name from an ordinary word. */
const SURNAMES = new Set(
  ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
    '席常温牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏' +
    '張劉陳楊黃趙吳鄭謝許韓馮鄧蕭葉蘇呂盧蔣鍾譚陸賈韋鄒龐顏聶嚴龔錢湯羅孫馬郭高林梁宋唐曹彭曾田董袁潘於蔡餘杜程魏丁任沈姚姜崔汪範金石廖夏付方白孟秦邱江尹薛段雷侯龍史陶黎賀顧毛郝邵萬').split(''),
);
const DOUBLE_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '歐陽'];

/** Words that look like a name but are not one. */
const NOT_NAMES = new Set(['大家', '我们', '他们', '她们', '记者', '专家', '有人', '业内', '该院', '该公司', '同时', '最后', '此外', '另外', '目前', '对此', '其中']);

/** Is `s` plausibly a personal name (2–4 Han characters starting with a surname)? */
export function looksLikeName(s: string): boolean {
  if (!/^[\u4e00-\u9fff·]{2,4}$/.test(s) || NOT_NAMES.has(s)) return false;
  if (DOUBLE_SURNAMES.some((d) => s.startsWith(d))) return s.length >= 3;
  return SURNAMES.has(s[0]) && s.length <= 3;
}

/**
 * Splits "上海市卫计委信息中心主任" into organisation and title at the last
 * organisation ending (委 局 院 中心 公司 集团 大学 网 …): 上海市卫计委信息中心 + 主任.
 */
export function splitTitle(phrase: string): { title: string; organization: string } {
  const re = /(有限公司|公司|集团|集團|医院|醫院|大学|大學|学院|學院|研究院|研究所|中心|委员会|委員會|委|局|网|網|协会|協會|联盟|聯盟|学会|學會|实验室|實驗室|厅|廳)/g;
  let cut = -1;
  for (let m = re.exec(phrase); m; m = re.exec(phrase)) cut = m.index + m[0].length;
  if (cut <= 0) return { title: phrase, organization: '' };
  if (cut >= phrase.length) return { title: '', organization: phrase };
  return { title: phrase.slice(cut), organization: phrase.slice(0, cut) };
}

/** Pinyin without tones, space-separated syllables ("xie hua"); empty for non-Han names. */
export function namePinyin(name: string): string {
  if (!/[\u4e00-\u9fff]/.test(name)) return '';
  return pinyin(name, { toneType: 'none', type: 'array' }).join(' ').toLowerCase();
}

/** Short forms the text may use for a person: surname + title word (王主任, 卢院长). */
export function shortForms(name: string, title: string): string[] {
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(name)) return [];
  const surname = DOUBLE_SURNAMES.find((d) => name.startsWith(d)) ?? name[0];
  const out = new Set<string>();
  for (const w of ['院长', '主任', '总监', '博士', '教授', '主编', '经理', '总裁', '院長', '總監', '經理']) if (title.endsWith(w)) out.add(surname + w);
  if (/总监|总经理|总裁/.test(title)) out.add(surname + '总');
  return [...out];
}

/** A new Speaker, enriched by a curated record of the same name when there is one. */
export function makeSpeaker(name: string, title: string, organization: string, role: Role, curated?: CuratedInput): Speaker {
  const known = curated?.speakers?.find((s) => s.name === name);
  const t = title || known?.title || '';
  const speaker: Speaker = {
    name,
    title: t,
    organization: organization || known?.organization || '',
    role,
    aliases: [...new Set([...(known?.aliases ?? []), ...shortForms(name, t)])],
    pinyin: known?.pinyin || namePinyin(name),
  };
  if (known?.en) speaker.en = known.en;
  return speaker;
}

/** Topic ids (leaf and ancestors) whose signal words occur in the text — the same tagging as the report parser's. */
export function topicsOf(text: string, topics: Topic[]): string[] {
  return tagTopics(text, topics);
}
