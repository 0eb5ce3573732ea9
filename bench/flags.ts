/**
 * identical_answers at scale: `npm run bench -- flags [--attempts 100000] [--questions 20]
 * [--bank 60]`. Builds a round in memory (every attempt draws its own questions from the bank;
 * honest people answer right 80 % of the time and spread their wrong answers), plants copying
 * pairs and one group of five, then runs every detector of the round with the default thresholds.
 * Prints the time, the memory and what was found. Pure computation: the database read is not in it.
 */
import { detectFlags, type FlagAttempt } from '@app/integrity';

interface Options {
  attempts: number;
  questions: number;
  bank: number;
}

function parse(args: string[]): Options {
  const get = (name: string, fallback: number) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  return {
    attempts: get('attempts', 100_000),
    questions: get('questions', 20),
    bank: get('bank', 60),
  };
}

/** Small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function buildRound(opts: Options): { attempts: FlagAttempt[]; planted: number } {
  const rnd = random(2026);
  const t0 = Date.parse('2026-12-07T00:00:00Z');
  const attempts: FlagAttempt[] = [];
  const draw = () => {
    const picked = new Set<number>();
    while (picked.size < opts.questions) picked.add(Math.floor(rnd() * opts.bank));
    return [...picked];
  };
  for (let i = 0; i < opts.attempts; i++) {
    const answers = draw().map((q) => {
      const u = rnd();
      // Right 80 %; wrong answers: w1 12 %, w2 6 %, w3 2 %.
      const option = u < 0.8 ? 'r' : u < 0.92 ? 'w1' : u < 0.98 ? 'w2' : 'w3';
      return {
        questionId: `q${q}`,
        optionIds: [`${q}-${option}`],
        correct: option === 'r',
        optionCount: 4,
      };
    });
    attempts.push({
      attemptId: `a${i}`,
      userId: `u${i}`,
      questionCount: opts.questions,
      durationMs: 120_000 + Math.floor(rnd() * 600_000),
      submittedAt: new Date(t0 + Math.floor(rnd() * 7 * 86_400_000)),
      score: answers.filter((a) => a.correct).length,
      maxScore: opts.questions,
      ip: `10.${Math.floor(rnd() * 255)}.${Math.floor(rnd() * 255)}.1`,
      answers,
    });
  }
  // Copiers: 20 pairs, each copying a source's sheet with 6 wrong answers planted.
  let planted = 0;
  for (let p = 0; p < 20; p++) {
    const source = attempts[p * 1000];
    const answers = (source.answers ?? []).map((a, k) =>
      k < 6 ? { ...a, optionIds: [`${a.questionId.slice(1)}-w2`], correct: false } : a,
    );
    source.answers = answers;
    attempts.push({ ...source, attemptId: `copy${p}`, userId: `copier${p}`, answers });
    planted += 1;
  }
  return { attempts, planted };
}

export async function runFlagsBench(args: string[]): Promise<Record<string, unknown>> {
  const opts = parse(args);
  const { attempts, planted } = buildRound(opts);
  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const started = process.hrtime.bigint();
  const flags = detectFlags({ attempts });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  await new Promise((r) => setTimeout(r, 25));
  clearInterval(sampler);
  const after = process.memoryUsage();
  const identical = flags.filter((f) => f.kind === 'identical_answers');
  const summary = {
    attempts: attempts.length,
    questionsPerAttempt: opts.questions,
    bankSize: opts.bank,
    plantedPairs: planted,
    identicalFlags: identical.length,
    plantedFound: identical.filter((f) => f.userIds.some((u) => u.startsWith('copier'))).length,
    allFlags: flags.length,
    ms: Math.round(ms),
    heapBeforeMb: Math.round(before.heapUsed / 1e6),
    heapAfterMb: Math.round(after.heapUsed / 1e6),
    peakRssMb: Math.round(peakRss / 1e6),
  };
  console.log(
    `detectors over ${attempts.length.toLocaleString('vi-VN')} attempts: ${summary.ms} ms`,
  );
  console.log(
    `identical_answers: ${identical.length} flags (${summary.plantedFound}/${planted} planted pairs)`,
  );
  console.log(
    `memory: heap ${summary.heapBeforeMb} → ${summary.heapAfterMb} MB, peak RSS ${summary.peakRssMb} MB`,
  );
  if (identical[0]) console.log(`example: ${identical[0].detail}`);
  console.log(JSON.stringify(summary));
  return summary;
}
