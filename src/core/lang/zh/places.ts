/**
 * Places a report names: provinces, regions and the major cities. A place is never a person
 * (湘雅, 华天 are handled as organisation fragments elsewhere), and a name candidate that is a
 * place is rejected. Written once in Simplified; the Set holds Traditional forms too.
 */
import { longestFirst } from './match';
import { bothScripts } from './script';

const PROVINCES = '北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门';
const CITIES = '广州 深圳 杭州 南京 武汉 成都 西安 苏州 无锡 温州 厦门 青岛 长沙 郑州 济南 沈阳 大连 哈尔滨 昆明 合肥 福州 宁波 长春 石家庄 太原 南昌 南宁 贵阳 兰州 西宁 银川 乌鲁木齐 拉萨 呼和浩特 海口 三亚 珠海 佛山 东莞 中山 惠州 汕头 常州 南通 徐州 扬州 镇江 泰州 盐城 绍兴 嘉兴 湖州 金华 台州 舟山 芜湖 蚌埠 泉州 漳州 莆田 赣州 九江 烟台 潍坊 淄博 临沂 威海 洛阳 开封 宜昌 襄阳 株洲 湘潭 衡阳 岳阳 常德 桂林 柳州 绵阳 遵义 大理 丽江 宝鸡 延安 天水 包头 鄂尔多斯 秦皇岛 唐山 保定 邯郸 大同 鞍山 吉林 齐齐哈尔 大庆 台北 台中 台南 高雄 新竹 桃园 基隆 嘉义 新北 九龙 新界 华山 湘雅 华西 协和 瑞金 仁济 中山 同济 齐鲁 华天';

/** Municipalities and major mainland cities, the ones a venue starts with (上海齐鲁万怡大酒店). */
export const MAJOR_CITIES: readonly string[] = ['北京', '上海', '天津', '重庆', ...CITIES.split(' ').slice(0, 27)];

/** Provinces, cities and the place words hospitals are named by, both scripts. */
export const PLACE_NAMES: ReadonlySet<string> = bothScripts([...PROVINCES.split(' '), ...CITIES.split(' ')]);
/** Endings of a place name: 省, 市, 区, 县 … */
export const PLACE_SUFFIXES: ReadonlySet<string> = bothScripts(['省', '市', '区', '县', '镇', '乡', '村', '州', '自治区', '特别行政区']);

/**
 * Words that begin with a title's last character, 长, and go on into a place or an
 * organisation's name: 湖南省长沙市 is no 省长, 上海市长宁区 no 市长, 卫生福利部长期照顾司 no
 * 部长, 中区长照资源中心 no 区长. Both scripts.
 */
export const WORDS_FROM_A_TITLES_END: readonly string[] = longestFirst(bothScripts([
  '长沙', '长春', '长宁', '长治', '长江', '长三角', '长安', '长寿', '长兴', '长乐', '长白山', '长城', '长期', '长照',
]));

/** The place names an organisation is also called without (上海英方软件 → 英方软件), before an optional 市; Simplified, this order. */
export const ORG_PLACE_PREFIXES: readonly string[] = ['北京', '上海', '天津', '重庆', '广州', '深圳', '杭州', '南京', '武汉', '成都', '西安', '苏州', '无锡', '温州', '浙江', '江苏', '广东'];

/** What a venue's name ends with (在…国际会议中心召开, 在…大酒店举行), as the parser tries them: 大酒店 before 酒店, 中心 after its longer forms. */
export const VENUE_ENDINGS: readonly string[] = ['大酒店', '酒店', '宾馆', '饭店', '会议中心', '会展中心', '国际会议中心', '展览中心', '大厦', '礼堂', '中心', '会堂'];
