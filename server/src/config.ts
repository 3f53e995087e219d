import { defaultLocalOptions, type LocalNeo4jOptions } from '@reform-atlas/db';

export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** Set when the project manages its own embedded Neo4j (no NEO4J_URI given). */
  local?: LocalNeo4jOptions;
}

export interface ResponseCacheOptions {
  /** Memory for cached answers; 0 turns the cache off. */
  maxMegabytes: number;
  /** How often (at most) the data version is read from Neo4j, to see writes made by other processes. */
  checkIntervalMs: number;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheOptions = { maxMegabytes: 64, checkIntervalMs: 1_000 };

export interface SecurityConfig {
  /** Anonymous callers may read what is not sensitive. On by default locally, off in production. */
  anonymousRead: boolean;
  /** Origins allowed to call the API from a browser (CORS); the page's own origin needs none. */
  corsOrigins: string[];
  /** Mark the session cookie Secure (set when served over HTTPS, e.g. behind a TLS proxy). */
  secureCookies: boolean;
  /**
   * The reverse proxies whose X-Forwarded-For is believed (Express's `trust proxy`: addresses, CIDR subnets, or
   * loopback, linklocal, uniquelocal); empty by default, so the client's address is the socket's peer.
   */
  trustedProxies: string[];
}

export interface ServerConfig {
  port: number;
  host: string;
  production: boolean;
  neo4j: Neo4jConfig;
  security?: Partial<SecurityConfig>;
  /** Whole-answer cache for shared read queries (server/src/http/responseCache.ts); from the environment when unset. */
  responseCache?: Partial<ResponseCacheOptions>;
}

/** RA_RESPONSE_CACHE_MB (64; 0 turns it off) and RA_RESPONSE_CACHE_CHECK_MS (1000). */
export function responseCacheConfigFromEnv(): ResponseCacheOptions {
  const number = (value: string | undefined, fallback: number): number =>
    value !== undefined && value.trim() !== '' && Number.isFinite(Number(value)) && Number(value) >= 0
      ? Number(value)
      : fallback;
  return {
    maxMegabytes: number(process.env.RA_RESPONSE_CACHE_MB, DEFAULT_RESPONSE_CACHE.maxMegabytes),
    checkIntervalMs: number(process.env.RA_RESPONSE_CACHE_CHECK_MS, DEFAULT_RESPONSE_CACHE.checkIntervalMs),
  };
}

const flag = (value: string | undefined, fallback: boolean): boolean =>
  value === undefined ? fallback : ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function securityConfigFromEnv(production: boolean): SecurityConfig {
  return {
    anonymousRead: flag(process.env.RA_ANONYMOUS_READ, !production),
    corsOrigins: list(process.env.RA_CORS_ORIGINS),
    secureCookies: flag(process.env.RA_SECURE_COOKIES, production),
    trustedProxies: list(process.env.RA_TRUSTED_PROXIES),
  };
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
  const production = process.env.NODE_ENV === 'production';
  return {
    port: Number(process.env.PORT ?? 4000),
    host: process.env.HOST ?? '127.0.0.1',
    production,
    neo4j: neo4jConfigFromEnv('dev'),
    security: securityConfigFromEnv(production),
  };
}
