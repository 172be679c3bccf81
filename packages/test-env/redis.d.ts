export interface RedisServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}
/** Where redis-server is: `REDIS_SERVER_PATH`, else the usual places; throws with install advice when missing. */
export declare function requireRedisServer(env?: NodeJS.ProcessEnv): string;
/** Starts a throwaway redis-server on a free loopback port: no persistence, no config file. */
export declare function startRedisServer(): Promise<RedisServer>;
