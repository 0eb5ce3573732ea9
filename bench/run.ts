/**
 * The one entry point of the benchmarks: `npm run bench -- <scenario> [options]`.
 * Each scenario starts its own server, prints a human table and a JSON summary, and returns the
 * summary. Scenarios are loaded on demand.
 */
type Scenario = (args: string[]) => Promise<Record<string, unknown>>;

const scenarios: Record<string, () => Promise<Scenario>> = {
  attempts: async () => (await import('./attempts')).runAttemptsBench,
  export: async () => (await import('./export')).runExportBench,
  leaderboard: async () => (await import('./leaderboard')).runLeaderboardBench,
  fanout: async () => (await import('./fanout')).runFanoutBench,
  flags: async () => (await import('./flags')).runFlagsBench,
  imports: async () => (await import('./imports')).runImportsBench,
  reports: async () => (await import('./reports')).runReportsBench,
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const load = name ? scenarios[name] : undefined;
  if (!load) {
    console.error(`Usage: npm run bench -- <${Object.keys(scenarios).join('|')}> [options]`);
    process.exit(2);
  }
  await (
    await load()
  )(args);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
