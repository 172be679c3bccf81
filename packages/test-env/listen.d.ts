import type { RequestListener, Server } from 'node:http';

export interface Listening {
  server: Server;
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** Closes every connection, then the server (a function of its own: pass it around freely). */
  close: (this: void) => Promise<void>;
}
/** Serves `listener` (or an existing server) on a free loopback port. */
export declare function listen(listener: RequestListener | Server): Promise<Listening>;
