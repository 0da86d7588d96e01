/**
 * Words that a careless reading takes for a name (大家, 记者, 同时 …) and the characters
 * that cannot end a personal name because they start the next word (在, 表示 …).
 */
import { longestFirst, wordStartingAt } from './match';
import { bothScripts } from './script';

const NOT_NAMES = [
  '大家', '我们', '他们', '她们', '记者', '专家', '有人', '业内', '该院', '该公司', '同时', '最后', '此外', '另外', '目前', '对此', '其中',
  '本次', '本届', '会上', '会议', '论坛', '各位', '全体', '全国', '全省', '全市', '方面', '方式', '高度', '高层', '成功', '成为', '成果',
  '明确', '平台', '国家', '相关', '相信', '信息', '原则', '原来', '海外', '强化', '利用', '公司', '公共', '应用', '向着', '华为', '高效',
  '江湖', '石油', '常规', '常态', '安全', '齐全', '易于', '乔迁', '宁可', '尚未', '符合', '纪律', '单位', '季度', '路径', '管理', '简单',
  '关于', '关键', '程序', '任务', '任何', '沈阳', '包括', '申请', '欧洲', '项目', '连续', '景区', '党委', '党组', '党工委', '党总支', '党支部', '党员', '宫颈', '费用', '冷链',
  '晏会', '卫生', '米兰', '柏林', '宗旨', '全面', '苗头', '谷歌', '盛大', '曲线', '游客', '辛苦', '蒙古', '方案', '方向', '方法', '白色',
  '孔子', '龙头', '史上', '黎明', '贺信', '毛利', '万元', '钱包', '严格', '武汉', '莫斯', '向前', '汤姆', '金融', '石家', '夏季', '付出',
  '程度', '魏晋', '丁香', '姚明', '姜汁', '余额', '杜绝', '叶片', '苏州', '吕梁', '马上', '朱红', '胡同', '郭外', '何时', '高新', '罗马',
  '郑重', '梁山', '谢谢', '宋体', '唐山', '许多', '韩国', '冯氏', '邓氏', '曹操', '彭湃', '曾经', '肖像', '田间', '董事', '袁氏', '潘多',
  '于是', '蒋氏', '蔡氏', '余下', '杜甫', '叶子', '黄金', '周边', '周年', '周末', '周期', '吴江', '徐汇', '孙子', '马克', '朱家', '胡说',
  '林业', '陈述', '陈列', '杨浦', '张江', '刘备', '李白', '王府', '王国', '温度', '温州', '雷达', '陶瓷', '顾客', '顾问', '龚氏', '邵氏',
  '康复', '熊猫', '秦岭', '邱氏', '尹氏', '薛氏', '段落', '侯选', '史料', '黎族', '贺词', '甘肃', '祝贺', '包含', '宁波', '尚且', '舒适',
  '简要', '简洁', '明确', '相互', '强力', '严肃', '齐心', '齐聚', '成功', '高度', '广泛', '严厉', '全力', '通过', '经过', '程序', '方可',
  '周密', '柯达', '梅花', '童年', '凌晨', '毕业', '单独', '季节', '裴氏', '霍乱', '涂料', '成本', '成员', '苗木', '谷物', '盛会', '曲目', '翁氏',
  // a verb said twice after a title, as a host gives the floor (请王主任谈谈, 查查)
  '谈谈', '查查',
];

/** Words that are never a person's name, both scripts. */
export const NOT_NAME_WORDS: ReadonlySet<string> = bothScripts(NOT_NAMES);

/**
 * Characters that start the word after a name (在, 表示's 表, 介绍's 介 …): a given name
 * rarely ends with them when a verb or preposition follows.
 */
export const AFTER_NAME_CHARS: ReadonlySet<string> = bothScripts('在也还则就都对从将把被让向和与及以等为于是的了说称着这那今昨近已曾亦再又均先首随所摄给跟做'.split(''));

/**
 * Adverbs that stand between a name and its verb (吴某常强调, 她仍表示) but also end given names
 * (王守常): the text decides, by which form it repeats. 昨 and 今 are Taiwan news's days
 * (司长刘某昨表示, 部长今指出).
 */
export const ADVERBS_AFTER_NAME: ReadonlySet<string> = bothScripts('常仍却便即更昨今'.split(''));

/**
 * Aspect markers that close a two-character verb (梳理了, 剖析过): after a title, a name
 * followed by such a verb ends where the verb starts (教授林某梳理了…) even when the verb is
 * none of the speech or statement verbs the lists know.
 */
export const ASPECT_MARKERS: ReadonlySet<string> = bothScripts('了过'.split(''));

/**
 * Manner adverbs that stand with 地 between a speaker's name and the speech verb (王某激动地说,
 * 院长语重心长地表示, 他开门见山地宣布, 部长言辞坚定地声明). A list, not any phrase before 地:
 * the name ends where one of them starts, so a guess would cut names (王宁|语重心长地说).
 */
const MANNER = [
  '激动', '坚定', '动情', '深情', '语重心长', '开门见山', '言辞坚定', '自豪', '兴奋', '感慨', '不无感慨', '幽默', '风趣', '明确', '直截了当',
  '诚恳', '郑重', '严肃', '认真', '坦率', '坦诚', '耐心', '形象', '谦虚', '骄傲', '欣慰', '高兴', '坚决', '斩钉截铁', '意味深长', '满怀信心',
  '充满信心', '信心满满', '动容', '肯定', '深有感触', '一针见血', '毫不讳言', '直言不讳', '毫不犹豫', '简短', '热情', '详细', '生动', '反复',
  '再三', '笑眯眯', '乐呵呵', '饶有兴致', '娓娓', '平静', '轻松', '略带遗憾', '遗憾', '无奈', '感激', '由衷',
];
/** Manner phrases that take no 地 (她笑着说, 他微笑着表示). */
const MANNER_WITHOUT_DE = ['微笑着', '笑着'];

const MANNER_LIST: readonly string[] = longestFirst(bothScripts(MANNER));
const MANNER_WITHOUT_DE_LIST: readonly string[] = longestFirst(bothScripts(MANNER_WITHOUT_DE));

/** The manner phrase (a manner adverb + 地, or 笑着) starting at text[i]: its length, or 0. */
export function mannerAt(s: string, i: number): number {
  const adverb = wordStartingAt(MANNER_LIST, s, i);
  if (adverb && s[i + adverb.length] === '地') return adverb.length + 1;
  return wordStartingAt(MANNER_WITHOUT_DE_LIST, s, i)?.length ?? 0;
}

/** The manner phrases as a regular-expression source (for the filler between a subject and its verb). */
export const MANNER_SOURCE = `(?:${MANNER_LIST.join('|')})地|${MANNER_WITHOUT_DE_LIST.join('|')}`;

/**
 * Where a speaker stands when speaking, after 在 or 于 (某院长在现场介绍, 于会场表示): a place
 * that no 上, 中 or 时 closes, so it is listed. Simplified (the shadow text is read).
 */
export const SPEAKING_PLACES: readonly string[] = ['主会场', '分会场', '现场', '会场', '台上', '线上', '云端'];

/** Third-person pronouns that refer back to the last person named. */
export const PRONOUNS: ReadonlySet<string> = bothScripts(['他', '她']);

/** Subjects of a quote that point back to someone named before (他说, 该院表示, 其指出): a quote with one is the last speaker's. */
export const QUOTE_PRONOUN_SUBJECTS: readonly string[] = ['他', '她', '其', '该院', '该公司', '该中心', '该集团'];

/**
 * Characters that never open a given name: grammar words (的, 了, 在, 和, 表's 表, 他, 们 …). Unlike
 * AFTER_NAME_CHARS (what starts the word after a name) these bar the given name's first character; Simplified.
 */
export const NEVER_FIRST_NAME_CHARS: ReadonlySet<string> = new Set([...'的了是在和与及等表指认说称也还则就都对从将把被让向于着其各每该这那此本我你他她们']);

/**
 * Characters that start a clause far more often than they end a name (…张三说了 → 张三): a caption's
 * guess at a name's length. Wider than AFTER_NAME_CHARS (强, 介, 分, 讲, 面, 作, 目 …); Simplified.
 */
export const CLAUSE_START_CHARS: ReadonlySet<string> = new Set([...'说是在了的也还就都对从将把被让向和与及表指强介分讲认提称这那该为于以随同面据首近作目今即曾已又再']);
