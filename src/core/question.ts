/**
 * The one question detector: what the user typed reads as a question when it ends with a
 * question mark (？ or ?) or starts with a question word (Chinese or English). The sidebar
 * answers a question besides searching it; the palette offers to ask it.
 */
const QUESTION_START = /^(谁|什么|哪|为什么|为何|如何|怎么|怎样|多少|几|何时|何地|是否|有没有|请问|who|whom|whose|what|when|where|which|why|how)(?![a-z])/i;

export function isQuestion(query: string): boolean {
  const q = query.trim();
  if (q.length < 2) return false;
  return /[？?]$/.test(q) || QUESTION_START.test(q);
}
