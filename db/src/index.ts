export {
  boltUri,
  defaultLocalOptions,
  ensureLauncherBuilt,
  importCsv,
  isAlive as processIsAlive,
  portAnswers,
  start as startLocalNeo4j,
  status as localNeo4jStatus,
  stop as stopLocalNeo4j,
} from './localNeo4j';
export type { ImportFile, LocalNeo4jOptions, LocalNeo4jStatus } from './localNeo4j';
