/**
 * Chinese surnames: the common single-character ones (about four hundred, covering nearly
 * everyone in news reports) and the compound ones. Written once in Simplified; the Sets hold
 * the Traditional forms too (script.ts).
 */
import { bothScripts } from './script';
import { UnitSet } from '../../text/unitSet';

const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
  '常温牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏' +
  '席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由' +
  '訾郦续谷蹇汝逄靖鄂翦檀靳郗阎豫酆' +
  // common ones the first lines missed (施, 洪 and 赖 are frequent in Taiwan, Fujian and Guangdong)
  '康施文洪赖' +
  // and 傅, 萧 (蕭 in Taiwan), 丘, 荀, 萨, 贝, 凤
  '傅萧丘荀萨贝凤' +
  // 锺, the surname's own Simplified form (鍾 converted by the 2013 standard's rule, as Taiwan and Hong Kong reports turned Simplified write it)
  '锺' +
  '隗羿宓甄禚仝郜佘冼卞覃邬巫祁妫笪郏眭濮暴弓厍殳蓟钮邴钭苌昌糜芈绳璩桓扶堵芦茆虢郇牧庹汲邓琚彦冀黑帖谯乜綦敖咸籍';

const COMPOUND = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯', '端木', '独孤',
  '南宫', '西门', '申屠', '轩辕', '呼延', '淳于', '钟离', '闾丘', '太史', '百里', '东郭', '公冶', '濮阳', '万俟', '澹台', '乐正',
  '拓跋', '赫连', '第五', '左丘', '梁丘', '谷梁', '羊舌', '漆雕', '巫马', '公西', '司空', '仲孙', '单于', '子车', '颛孙',
];

/**
 * Surnames that are also everyday function words or word starts (和, 都, 由, 平, 国 …): a name
 * starting with one is taken only after a title or organisation, never from a verb alone.
 */
const WEAK = '和于时明平国相初门云来都那由但信展元全成原海花强利公阿母居揭干斯衣植富闭位区盘满普计支井丰戈伏薄印危玉银呼宾束续豆练商师容敬应向华高江阳石文康贝凤';

/** Single-character surnames, both scripts. */
export const SURNAMES: ReadonlySet<string> = bothScripts(SINGLE.split(''));
/** Surnames that need a title or organisation beside the name, both scripts. */
export const WEAK_SURNAMES: ReadonlySet<string> = bothScripts(WEAK.split(''));
/**
 * Weak surnames that are far more often a function word or a verb right after a title than a
 * name (企业CIO和行业专家, 由市级专家来读, 专家都认为): after a title, a name starting with one
 * counts only where the text writes it again. Simplified.
 */
export const FUNCTION_WORD_SURNAMES: ReadonlySet<string> = new Set([...'和与及来都由但那']);

/** Two-character (compound) surnames, both scripts. */
export const COMPOUND_SURNAMES: ReadonlySet<string> = bothScripts(COMPOUND);

/** The surname a name starts with (compound first), or '' when it starts with none. */
export function surnameOf(name: string): string {
  const two = name.slice(0, 2);
  if (name.length > 2 && COMPOUND_SURNAMES.has(two)) return two;
  return SURNAMES.has(name.slice(0, 1)) ? name.slice(0, 1) : '';
}

/** Length of the surname starting at text[i] (2 for a compound, 1, or 0). */
export function surnameLengthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== c) return 0; // i is outside the text
  if (COMPOUND_FIRST.has(c) && COMPOUND_SURNAMES.has(text.slice(i, i + 2))) return 2;
  return SINGLE_UNITS.has(c) ? 1 : 0;
}

/** The UTF-16 units that start a compound surname, and the one-unit surnames (asked at every position of a text). */
const COMPOUND_FIRST = new UnitSet([...COMPOUND_SURNAMES].map((s) => s.charCodeAt(0)));
const SINGLE_UNITS = new UnitSet([...SURNAMES].filter((s) => s.length === 1).map((s) => s.charCodeAt(0)));
