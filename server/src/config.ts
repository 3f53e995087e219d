import { defaultLocalOptions, type LocalNeo4jOptions } from '@reform-atlas/db';

export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** Set when the project manages its own embedded Neo4j (no NEO4J_URI given). */
  local?: LocalNeo4jOptions;
}

export interface ServerConfig {
  port: number;
  host: string;
  production: boolean;
  neo4j: Neo4jConfig;
}

/**
 * Reads the configuration from the environment. With NEO4J_URI unset the project runs its own
 * embedded Neo4j (dev store for `npm start`, a separate test store for `npm test`).
 */
export function neo4jConfigFromEnv(purpose: 'dev' | 'test' = 'dev'): Neo4jConfig {
  const external = purpose === 'test' ? process.env.NEO4J_TEST_URI : process.env.NEO4J_URI;
  if (external) {
    return {
      uri: external,
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    };
  }
  const local = defaultLocalOptions(purpose);
  return { uri: `bolt://127.0.0.1:${local.port}`, username: '', password: '', database: 'neo4j', local };
}

export function serverConfigFromEnv(): ServerConfig {
  return {
    port: Number(process.env.PORT ?? 4000),
    host: process.env.HOST ?? '127.0.0.1',
    production: process.env.NODE_ENV === 'production',
    neo4j: neo4jConfigFromEnv('dev'),
  };
}
