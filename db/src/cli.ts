import { defaultLocalOptions, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from './index';

/** `npm run db:start|db:stop|db:status [-- --test]`: manage the local embedded Neo4j. */
async function main(): Promise<void> {
  const [command] = process.argv.slice(2);
  const options = defaultLocalOptions(process.argv.includes('--test') ? 'test' : 'dev');
  if (process.env.NEO4J_URI) {
    console.log(`NEO4J_URI is set (${process.env.NEO4J_URI}): the project uses that server and manages none.`);
    return;
  }
  switch (command) {
    case 'start':
      await startLocalNeo4j(options);
      return;
    case 'stop':
      await stopLocalNeo4j(options);
      return;
    case 'status': {
      const s = await localNeo4jStatus(options);
      console.log(
        s.running
          ? `Neo4j running on ${s.uri} (pid ${String(s.pid)}, data in ${s.home})`
          : `Neo4j not running (data in ${s.home})`,
      );
      process.exitCode = s.running ? 0 : 3;
      return;
    }
    default:
      console.error('usage: db/src/cli.ts start|stop|status [--test]');
      process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
