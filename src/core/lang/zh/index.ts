/**
 * The Chinese language module: every word list the parsers use — surnames, title words,
 * organisation endings, speech and statement verbs, places, page debris and byline markers —
 * each written once and held in both scripts, plus the Simplified shadow parsers read.
 */
export * from './script';
export * from './punctuation';
export * from './times';
export * from './surnames';
export * from './titles';
export * from './organizations';
export * from './verbs';
export * from './places';
export * from './debris';
export * from './words';
export * from './turns';
export * from './match';
export * from './leads';
export * from './fillers';
export * from './talks';
export * from './lists';
export * from './events';
