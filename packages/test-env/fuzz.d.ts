import type { Arbitrary } from 'fast-check';
import type { RawAnswer } from './http.js';

export declare const SCALE: 'ci' | 'full';
export declare const SEED: number;
/** `ci` cases at the default scale, `full` with `ADVERSARIAL_SCALE=full`. */
export declare function runs(ci: number, full: number): number;
export declare const SECRET_TOKEN: string;
export declare const SECRET_MARKERS: readonly string[];
export declare const HOSTILE_TARGETS: readonly string[];

export interface RequestArbitraryOptions {
  /** The paths the server under test serves, the procedure's first (most requests go there). */
  paths: string[];
  /** Genuine tokens (Bearer or cookie) that the server accepts. */
  tokens: string[];
  /** Origins the server allows. */
  origins: string[];
  /** Accounts the genuine tokens own. */
  accountIds: string[];
  maxBodyBytes: number;
}

export interface HostileRequest {
  method: string;
  target: string;
  headers: [string, string][];
  body: Uint8Array;
  chunked: boolean;
}

export declare function hostileRequest(options: RequestArbitraryOptions): Arbitrary<HostileRequest>;
export declare function requestBytes(request: HostileRequest, host: string): Buffer;
export declare function describeRequest(request: HostileRequest): string;

export interface TallySummary {
  suite: string;
  scale: 'ci' | 'full';
  seed: number;
  cases: number;
  serverErrors: number;
  /** 5xx answers from the host around the handler, when the suite allows them. */
  hostServerErrors?: number;
  unanswered: number;
  crashes: number;
  slowestMs: number;
  statuses: Record<string, number>;
}

export declare class Tally {
  constructor(name: string);
  readonly name: string;
  cases: number;
  serverErrors: number;
  hostServerErrors: number;
  unanswered: number;
  crashes: number;
  slowestMs: number;
  slowestCase: string | undefined;
  statuses: Record<string, number>;
  /** `closeExpected`: a closed connection is the right answer (a CONNECT nobody serves). */
  record(answer: RawAnswer, description: string, closeExpected?: boolean, hostFailure?: boolean): void;
  summary(): TallySummary;
  print(): void;
}

export interface FuzzOptions {
  /** The server's base URL. */
  url: string;
  /** Where the figures go. */
  tally: Tally;
  requests: Arbitrary<HostileRequest>;
  numRuns: number;
  /** No answer may take longer. Default 5000 ms. */
  slowestAllowedMs?: number;
  /** Checks after every case (say, that a process still runs). */
  afterEach?: () => void;
  /**
   * The host around the handler (Hono's Node adapter) answers some requests with its own 5xx
   * before the handler sees them: count those apart (`hostServerErrors`) instead of failing.
   */
  hostMayFail?: boolean;
}
/**
 * Sends fuzzed requests one by one (seeded, shrunk on failure) and holds each answer to the rules:
 * an answer comes, within the bound, never a 5xx, never quoting a secret. Resolves with the login
 * URLs seen in answers, for the caller to look for in its logs.
 */
export declare function fuzzServer(options: FuzzOptions): Promise<string[]>;
