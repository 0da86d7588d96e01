/**
 * The entity words question answering reads answers with: where an organisation's or a venue's
 * name ends, the place names that start one, the titles a person is addressed by after the
 * surname, and the words that name a role at the event. They are wider than the parsers' lists
 * (titles.ts, organizations.ts, places.ts): an answer span may be a venue (…大酒店, …会议中心)
 * or a department, which a person's organisation never is. Arrays are only iterated; nothing is
 * looked up by user text as a key.
 */

/** Suffixes that end the name of an organisation. */
export const ANSWER_ORG_SUFFIXES = [
  '有限公司', '股份有限公司', '公司', '集团', '医院', '研究院', '研究所', '研究中心', '大学', '学院', '医学院', '联盟',
  '协会', '专委会', '委员会', '卫计委', '卫健委', '中心', '基地', '科技', '软件', '网', '部', '局', '厅', '处', '所',
  '实验室', '基金会', '银行', '学会', '医疗集团', '信息中心', '平台',
];

/** Suffixes that end the name of a venue or place. */
export const VENUE_SUFFIXES = [
  '大酒店', '酒店', '饭店', '宾馆', '会议中心', '会展中心', '国际会议中心', '展览中心', '中心', '大厦', '广场', '会堂',
  '礼堂', '大学', '医院', '园区', '园', '馆', '厅', '楼', '省', '市', '区', '县', '镇', '村', '路', '街', '基地',
  '地区', '岛', '山',
];

/** Common place names that start a venue or organisation name (provinces and large cities). */
export const PLACE_STARTS = [
  '北京', '上海', '天津', '重庆', '广州', '深圳', '杭州', '南京', '苏州', '无锡', '温州', '宁波', '武汉', '成都',
  '西安', '长沙', '郑州', '济南', '青岛', '厦门', '福州', '合肥', '南昌', '昆明', '贵阳', '南宁', '海口', '沈阳',
  '大连', '长春', '哈尔滨', '石家庄', '太原', '呼和浩特', '兰州', '西宁', '银川', '乌鲁木齐', '拉萨', '香港', '澳门',
  '台北', '中国', '浙江', '江苏', '广东', '山东', '河南', '河北', '湖北', '湖南', '四川', '福建', '安徽', '江西',
  '云南', '贵州', '广西', '海南', '辽宁', '吉林', '黑龙江', '山西', '陕西', '甘肃', '青海', '宁夏', '新疆', '西藏',
  '内蒙古', '浙南', '苏北', '华东', '华南', '华北', '全国', '国内', '复旦', '清华', '北大',
];

/** Titles a person is addressed by after the surname: 王主任, 卢院长, 刘博士. */
export const ADDRESS_TITLES = [
  '副院长', '院长', '副主任', '主任', '总监', '博士', '教授', '总经理', '经理', '主编', '副主编', '处长', '科长',
  '书记', '总裁', '董事长', '总', '老师', '医生', '先生', '女士', '架构师', '工程师', '研究员', '部长', '局长',
];

/**
 * Labels a programme or transcript heading puts before a colon to say what part the person
 * named after it plays (主持人：刘喻, 主讲嘉宾：王某, 演讲人：李明｜…), longest first where one
 * begins another. Panel labels (参与嘉宾：李源、张天) introduce several names.
 */
export const HEADING_ROLE_LABELS: ReadonlyArray<readonly [string, 'host' | 'panelist' | 'speaker']> = [
  ['主持嘉宾', 'host'], ['主持人', 'host'], ['主持', 'host'],
  ['参与嘉宾', 'panelist'], ['对话嘉宾', 'panelist'], ['圆桌嘉宾', 'panelist'], ['讨论嘉宾', 'panelist'], ['点评嘉宾', 'panelist'],
  ['主讲嘉宾', 'speaker'], ['演讲嘉宾', 'speaker'], ['分享嘉宾', 'speaker'], ['致辞嘉宾', 'speaker'], ['报告嘉宾', 'speaker'],
  ['主讲人', 'speaker'], ['主讲', 'speaker'], ['演讲人', 'speaker'], ['演讲者', 'speaker'], ['讲者', 'speaker'],
  ['发言人', 'speaker'], ['报告人', 'speaker'], ['嘉宾', 'speaker'],
];

/**
 * What may stand before a host's label in running text when the label means this event's host
 * (新闻发布会主持人李某, 本次论坛主持嘉宾王某, or the bare 主持人李某), as against a presenter's
 * job (央视主持人白某). Simplified: the parsers read the shadow.
 */
export const EVENT_NOUN_ENDINGS: readonly string[] = ['会', '论坛', '活动', '仪式', '典礼', '沙龙', '讲座', '本次', '本场', '此次', '本届', '大会'];

/** Host labels that stand as a post right before a name in running text (主持人, 主持嘉宾; not the verb 主持). */
export const HOST_POSTS: readonly string[] = HEADING_ROLE_LABELS.filter(([w, r]) => r === 'host' && w.length > 2).map(([w]) => w);

/** The part a programme label names (主讲嘉宾 → speaker), or undefined for a word that is no label. */
export function headingLabelRole(label: string): 'host' | 'panelist' | 'speaker' | undefined {
  return HEADING_ROLE_LABELS.find(([w]) => w === label)?.[1];
}

/**
 * Labels a programme or transcript header puts before the venue (地点：…, 地  点：…, 会场：…);
 * headers pad a two-character label with spaces to line it up with the others.
 */
export const VENUE_LABELS = ['会议地点', '活动地点', '举办地点', '地点', '会场'];

/** Words that name the role someone played at the event. */
export const EVENT_ROLE_WORDS: Array<[string, 'host' | 'panelist' | 'speaker']> = [
  ['主持人', 'host'], ['主持', 'host'], ['圆桌嘉宾', 'panelist'], ['对话嘉宾', 'panelist'],
];



/** Legal-form and kind suffixes an organisation's name is also known without (某某股份有限公司 → 某某). */
export const STRIPPED_ORG_SUFFIXES: readonly string[] = ['股份有限公司', '有限公司', '研究院', '研究所', '集团', '公司'];

/** Nouns after 该 that point back at an organisation or system named before (该公司, 该院, 该平台). */
export const REFERRING_NOUNS: readonly string[] = ['公司', '院', '医院', '系统', '中心', '集团', '企业', '平台', '机构'];

/** Words a sentence may start with that point back at someone or something named before (其, 他, 该). */
export const ANAPHORS: readonly string[] = ['其', '他', '她', '该'];

/** What may follow a name ending in a one-character suffix (…市人民医院, …市卫健委, …馆的), with the venue verbs. */
export const NAME_CONTINUATIONS: readonly string[] = ['人民', '第', '卫', '政府', '中心', '医院', '的', '在'];

/** Place words that name a country or a region, not a city. */
export const NOT_CITIES: ReadonlySet<string> = new Set(['中国', '全国', '国内', '华东', '华南', '华北', '浙南', '苏北']);

/** Kinds of organisation any organisation's name answers (什么公司 ↔ …医院 is still an answer). */
export const GENERIC_ORG_KINDS: ReadonlySet<string> = new Set(['公司', '企业', '厂商', '机构', '单位', '组织', '部门']);

/** Suffixes of a company's name (…公司, …集团, …软件, …科技). */
const COMPANY_SUFFIXES = ['公司', '集团', '软件', '科技'];

/** For each asked kind (哪家医院, 哪个城市), the suffixes a name of that kind ends in. */
export const KIND_SUFFIXES: ReadonlyMap<string, string[]> = new Map(Object.entries({
  医院: ['医院', '中心'], 城市: ['市', ...PLACE_STARTS.filter((p) => !NOT_CITIES.has(p))], 公司: COMPANY_SUFFIXES, 企业: COMPANY_SUFFIXES,
  厂商: COMPANY_SUFFIXES, 集团: ['集团'], 联盟: ['联盟'], 协会: ['协会', '专委会'], 酒店: ['酒店', '宾馆', '饭店'],
  中心: ['中心'], 大学: ['大学', '学院'], 平台: ['平台'],
}));

/** Words that refer back to a name in an earlier sentence (该公司, 本院, 此中心, 这家医院). */
export const NAME_ANAPHORS: readonly string[] = ['该', '本', '此', '其', '这家', '这所', '这个'];
