import { pino, type Logger, type LoggerOptions } from 'pino';
import { markSafe } from '../logging.js';
import { sanitizeEntry } from './sanitize.js';

let stdout: pino.DestinationStream | undefined;

/**
 * Stdout for every default logger of the process, made once: asynchronous and batched (lines are
 * written 4 KiB at a time, and at least every 250 ms), so a request never waits on a write. pino
 * flushes asynchronous destinations synchronously when the process exits (`process.exit`, the end
 * of the event loop, an uncaught exception), so no line is lost then. Like pino's own default, it
 * writes through `process.stdout` when something replaced its `write` (to capture the output).
 */
function defaultDestination(): pino.DestinationStream {
  if (process.stdout.write !== (Object.getPrototypeOf(process.stdout) as NodeJS.WriteStream).write) return process.stdout;
  stdout ??= pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 250 });
  return stdout;
}

/**
 * A pino logger with the library's redaction and scrubbing built in (as formatters, which every
 * child inherits): JSON to stdout, or to `destination`, or through `options.transport`. The Node
 * and Express adapters' default; pass it to any adapter, or derive your own loggers from it.
 *
 * @example
 * const logger = createLogger({ level: 'warn' });
 * createServer(createExpressDashboardNodeHandler({ stripe, authenticate, logger }));
 */
export function createLogger(options: LoggerOptions = {}, destination?: pino.DestinationStream): Logger {
  // pino's browser build (what bundlers pick for Workers) ignores formatters: no redaction there.
  if (typeof pino.destination !== 'function') {
    throw new Error(
      'createLogger needs pino on a server runtime; where bundlers give pino its browser build (Workers), use createConsoleLogger',
    );
  }
  const log = options.formatters?.log;
  const bindings = options.formatters?.bindings;
  const logger = pino(
    {
      ...options,
      formatters: {
        ...options.formatters,
        log: (entry) => sanitizeEntry(log ? log(entry) : entry),
        bindings: (entry) => sanitizeEntry(bindings ? bindings(entry) : entry),
      },
      // The formatter has serialized errors already; pino's default serializer would redo it, worse.
      serializers: { ...options.serializers, err: (value: unknown) => value },
    },
    // With a `transport`, pino writes there and ignores the destination.
    destination ?? (options.transport ? undefined : defaultDestination()),
  );
  // pino formats the bindings of the root only, never a child's: children go through this instead
  // (a child is `Object.create(parent)`, so every descendant inherits it).
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with each descendant as `this`
  const { child } = logger;
  Object.defineProperty(logger, 'child', {
    value: function (this: Logger, bindings: pino.Bindings, childOptions?: pino.ChildLoggerOptions): Logger {
      return Reflect.apply(child, this, [sanitizeEntry(bindings), childOptions]);
    },
  });
  return markSafe(logger);
}
