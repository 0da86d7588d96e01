/**
 * Chinese stop words of search: the words indexing and search queries drop (text/stopwords.ts).
 * Simplified: search folds text to Simplified before it looks a word up.
 */

/**
 * Function words that carry no meaning on their own (的, 了, 对于, 这些, 什么, 以及). jieba's
 * stock list also drops content characters such as 大 (大数据 → 数据), 云, 新, 高 or 多 —
 * those are deliberately NOT stop words: they are parts of the summit's domain vocabulary
 * (大数据, 大三甲, 新三板, 高可用).
 */
export const SEARCH_STOP_WORDS: readonly string[] = [
  '的', '地', '得', '了', '着', '过', '之', '其', '而', '且', '并', '及', '与', '和', '或', '跟', '同',
  '是', '在', '于', '对', '对于', '关于', '把', '被', '将', '从', '向', '以', '为', '因', '因为', '所以',
  '也', '都', '就', '还', '又', '再', '才', '则', '即', '便', '乃', '亦', '已', '已经',
  '这', '那', '这个', '那个', '这些', '那些', '这样', '那样', '这种', '那种', '此', '该', '其中',
  '我', '你', '他', '她', '它', '我们', '你们', '他们', '她们', '它们', '咱们', '自己',
  '吗', '呢', '吧', '啊', '呀', '哦', '嘛', '么', '啦', '哪', '哪里', '哪儿',
  '什么', '怎么', '怎样', '如何', '为什么', '谁', '哪些', '哪个', '哪位', '多少',
  '一个', '一些', '一种', '个', '些', '等', '等等', '中', '里', '上面', '下面',
  '很', '更', '最', '非常', '比较', '十分', '但', '但是', '而且', '并且', '然而', '如果', '虽然', '只是',
  '有关', '就是', '还是', '或者', '以及', '以及其', '通过', '根据', '按照',
];
