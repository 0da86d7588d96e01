// Printing the bench's results as Markdown tables (readable in a terminal, pasteable into
// the README), with ratios to ripgrep and the targets of issue 11 judged pass / FAIL.

export function ms(x) {
  if (x === null || x === undefined || Number.isNaN(x)) return '—';
  if (x >= 10000) return `${(x / 1000).toFixed(1)} s`;
  if (x >= 1000) return `${(x / 1000).toFixed(2)} s`;
  if (x >= 100) return `${x.toFixed(0)} ms`;
  if (x >= 10) return `${x.toFixed(1)} ms`;
  return `${x.toFixed(2)} ms`;
}
export const mb = (x) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x >= 1024 ? `${(x / 1024).toFixed(2)} GB` : x < 10 ? `${x.toFixed(1)} MB` : `${x.toFixed(0)} MB`);
export const times = (x) => (Number.isFinite(x) ? `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}×` : '—');
/** Why a run has no figure: killed over its time or memory budget, or failed. */
const why = (over) => (String(over).startsWith('exited') ? `failed: ${String(over).replace(/^exited:?\s*/, '')}` : `over budget (${over})`);
const verdict = (ok) => (ok === null ? 'n/a' : ok ? 'pass' : '**FAIL**');

export function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const w = header.map((_, i) => Math.max(3, ...all.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(w[i])).join(' | ')} |`;
  return [line(all[0]), `| ${w.map((n) => '-'.repeat(n)).join(' | ')} |`, ...all.slice(1).map(line)].join('\n');
}

/** A one-command run's time, or "over budget (time|memory)" when it was killed. */
const or = (run, value) => (run?.over ? why(run.over) : value);

/** The table of issue 11 for one workspace; `seg` is the segmenter's own start (peak RSS). */
export function issueTable(w, seg, cache) {
  const rg = w.rg?.ms;
  const rows = [];
  const cold = w.cold;
  rows.push(['one command, process included, cold (empty cache)', ms(rg), or(cold, ms(cold?.ms)), rg && cold && !cold.over ? times(cold.ms / rg) : '—', '≤ 3 s',
    verdict(cold && !cold.over ? cold.ms <= 3000 : false)]);
  const warm = cache.accepted ? w.warm : null;
  rows.push(['one command, warm cache', ms(rg), warm ? or(warm, ms(warm.ms)) : 'no cache (= cold)', rg && (warm ?? cold)?.ms ? times((warm ?? cold).ms / rg) : '—', '≤ 10× ripgrep',
    rg ? verdict(!!(warm ?? cold)?.ms && !(warm ?? cold).over && (warm ?? cold).ms <= 10 * rg) : 'n/a (no ripgrep)']);
  if (w.served) {
    const sv = w.served;
    rows.push(['… the same, resident server up (`summit server`)', ms(rg), or(sv, ms(sv.ms)), rg && sv.ms ? times(sv.ms / rg) : '—', '≤ 10× ripgrep',
      rg ? verdict(!!sv.ms && !sv.over && sv.ms <= 10 * rg) : 'n/a (no ripgrep)']);
    if (sv.serverPeakMB) rows.push(['… the server process itself: peak memory', '', mb(sv.serverPeakMB), `${times(sv.serverPeakMB / w.mb)} the corpus`, '', '']);
  }
  const sw = w.sessionWarm;
  const sc = w.sessionCold;
  rows.push(['long-running process: first answer after start, warm cache', '—', sw?.firstMs != null ? ms(sw.firstMs) : why(sw?.over ?? 'not run'), '—', '≤ 1 s', verdict(sw?.firstMs != null && sw.firstMs <= 1000)]);
  rows.push(['… first answer after start, cold (empty cache)', '—', sc?.firstMs != null ? ms(sc.firstMs) : why(sc?.over ?? 'not run'), '—', '', '']);
  const q = sw?.times?.length ? `${ms(sw.p50)} / ${ms(sw.p95)} / ${ms(sw.max)}` : why(sw?.over ?? 'not run');
  rows.push([`… per query p50 / p95 / max (${sw?.queries ?? 0} queries)`, `${ms(rg)} a process`, q, rg && sw?.times?.length ? (sw.p95 > rg ? `p95 = ${times(sw.p95 / rg)} ripgrep` : `p95 = ripgrep ÷ ${(rg / sw.p95).toFixed(1)}`) : '—',
    'p95 ≤ ripgrep ÷ 5 (stretch ÷ 20)', rg ? verdict(!!sw?.times?.length && sw.p95 <= rg / 5) + (rg && sw?.p95 <= rg / 20 ? ' (stretch too)' : '') : 'n/a (no ripgrep)']);
  if (sw?.kindP95) rows.push(['… p95 by kind of query', '', Object.entries(sw.kindP95).map(([k, v]) => `${k} ${ms(v)}`).join(', '), '', '', '']);
  if (sw?.firstTimes?.length > 0) rows.push([`… each query the first time it is asked (${sw.firstTimes.length} queries) p50 / p95`, '', `${ms(sw.firstP50)} / ${ms(sw.firstP95)}`, '', 'the rows above time repeats of the mix', '']);
  const peaks = [cold, warm, sc, sw].filter((r) => r && r.peakMB).map((r) => r.peakMB);
  const peak = peaks.length ? Math.max(...peaks) : NaN;
  const beyond = peak - seg.segPeakMB;
  rows.push(['peak memory (largest of the runs above)', mb(w.rg?.peakMB), mb(peak), `${times(peak / w.mb)} the corpus; beyond the segmenter ${times(beyond / w.mb)}`,
    `≤ 10× the corpus beyond the segmenter (${mb(seg.segPeakMB)})`, verdict(Number.isFinite(peak) ? beyond <= 10 * w.mb : false)]);
  return table(['', 'ripgrep `-F`', 'summit', 'ratio', 'target', ''], rows);
}

export function bundledTable(b) {
  return table(['', 'spawn → first output (median)', 'target', ''], [
    ['`summit search 混合云` (bundled summit)', ms(b.summitMs), '', ''],
    ['segmenter alone (require + dictionary + user dictionary + one cut)', ms(b.segmenterMs), '', ''],
    ['ratio', times(b.ratio).replace('×', '') + '×', '≤ 1.5×', verdict(b.ratio <= 1.5)],
  ]);
}

/** The one-command run after one file of the warm workspace changed (see product.mjs updateOneFile). */
function updateCell(u) {
  if (!u) return 'not run';
  if (u.over) return why(u.over);
  return `${ms(u.ms)}, ${mb(u.peakMB)}${u.hits ? '' : ' (the change was not found!)'}`;
}

export function scaleTable(steps) {
  return table(['corpus', 'files', 'ripgrep / query', 'build (cold start → first answer)', 'open (warm start → first answer)', 'query p50 / p95 / max', 'peak RSS cold / warm', 'RSS ÷ corpus', 'one file changed: one command, peak RSS'],
    steps.map((s) => {
      const c = s.sessionCold;
      const w = s.sessionWarm;
      const q = w?.times?.length ? `${ms(w.p50)} / ${ms(w.p95)} / ${ms(w.max)}` : why(w?.over ?? c?.over ?? 'not run');
      const peak = Math.max(c?.peakMB || 0, w?.peakMB || 0);
      return [`${s.mb.toFixed(1)} MB`, s.files, ms(s.rg?.ms), c?.firstMs != null ? ms(c.firstMs) : why(c?.over),
        w?.firstMs != null ? (w === c ? 'no cache (= build)' : ms(w.firstMs)) : why(w?.over ?? 'not run'), q,
        `${mb(c?.peakMB)} / ${w === c ? '=' : mb(w?.peakMB)}`, times(peak / s.mb), updateCell(s.update)];
    }));
}

export function enginesTable(e, product, label = (r) => r.label) {
  const rows = e.rows.map((r) => {
    if (!r.query) return [label(r), r.error, '', '', '', '', '', '', ''];
    const b = r.build;
    const q = r.query;
    return [label(r), ms(b.buildMs), mb(b.bytes / 2 ** 20), ms(q.openMs), ms(q.firstQueryMs), `${ms(q.p50)} / ${ms(q.p95)} / ${ms(q.max)}`, `${ms(q.cpuP50)} / ${ms(q.cpuP95)}`,
      `${mb(b.peakMB)} / ${mb(q.peakMB)}`, Number.isFinite(r.agreement) ? `${(r.agreement * 100).toFixed(0)}%` : '—'];
  });
  if (product) {
    const c = product.sessionCold;
    const w = product.sessionWarm;
    rows.push(['summit, the product through the CLI (segmenting included)', c?.firstMs != null ? ms(c.firstMs) : why(c?.over), product.cacheBytes ? mb(product.cacheBytes / 2 ** 20) : '—',
      w && w !== c && w.firstMs != null ? ms(w.firstMs) : '—', '', w?.times?.length ? `${ms(w.p50)} / ${ms(w.p95)} / ${ms(w.max)}` : '—', '', `${mb(c?.peakMB)} / ${w === c ? '=' : mb(w?.peakMB)}`, '']);
  }
  return table(['engine', 'build', 'serialized', 'open', 'first query', 'query p50 / p95 / max (wall)', 'query CPU p50 / p95', 'peak RSS build / query', 'top-20 agreement with (c)'], rows);
}
