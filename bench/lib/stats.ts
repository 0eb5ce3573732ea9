import * as fs from 'node:fs';
/** Latency recording and reporting shared by the scenarios. */
export class Latencies {
  private readonly samples: number[] = [];
  record(ms: number): void {
    this.samples.push(ms);
  }
  get count(): number {
    return this.samples.length;
  }
  summary(): { n: number; p50: number; p95: number; p99: number; max: number } {
    const s = [...this.samples].sort((a, b) => a - b);
    const q = (p: number) =>
      s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : 0;
    return {
      n: s.length,
      p50: round(q(50)),
      p95: round(q(95)),
      p99: round(q(99)),
      max: round(s[s.length - 1] ?? 0),
    };
  }
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** A small fixed-width table for the terminal. */
export function table(rows: Array<Record<string, string | number>>): string {
  if (!rows.length) return '';
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i])).join('  ');
  return [
    line(cols),
    line(width.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(cols.map((c) => String(r[c] ?? '')))),
  ].join('\n');
}

/** CPU seconds used by processes, read from /proc (Linux). */
export function processCpuSeconds(pids: number[]): number {
  const tick = 100; // USER_HZ on Linux
  let total = 0;
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) / tick; // utime + stime
    } catch {
      // process gone
    }
  }
  return total;
}

export function pidsByCommand(pattern: RegExp): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (pattern.test(cmd)) pids.push(Number(entry));
    } catch {
      // gone
    }
  }
  return pids;
}
