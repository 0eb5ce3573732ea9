import type { LoggerService } from '@nestjs/common';
import { currentRequestId } from '../context/request-context';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * Nest logger: one JSON object per line in production, a readable line in development.
 * Every line carries the request id of the request that caused it, when there is one.
 */
export class AppLogger implements LoggerService {
  constructor(
    private readonly format: 'json' | 'pretty',
    private readonly level: Level = 'info',
  ) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  private write(level: Level, message: unknown, rest: unknown[]): void {
    if (ORDER[level] < ORDER[this.level]) return;
    // Nest passes the context (class name) as the last string argument, and for errors the stack.
    const args = [...rest];
    const context = typeof args[args.length - 1] === 'string' ? (args.pop() as string) : undefined;
    let stack: string | undefined;
    if (level === 'error' && typeof args[0] === 'string' && args[0].includes('\n    at ')) {
      stack = args.shift() as string;
    }
    const err = message instanceof Error ? message : undefined;
    const text = err
      ? err.message
      : typeof message === 'string'
        ? message
        : JSON.stringify(message);
    stack ??= err?.stack;
    const requestId = currentRequestId();
    const time = new Date().toISOString();
    const out = level === 'error' || level === 'warn' ? process.stderr : process.stdout;
    if (this.format === 'json') {
      out.write(
        JSON.stringify({
          time,
          level,
          context,
          requestId,
          msg: text,
          stack,
          extra: args.length ? args : undefined,
        }) + '\n',
      );
    } else {
      const rid = requestId ? ` [${requestId.slice(0, 8)}]` : '';
      const ctx = context ? ` ${context}:` : '';
      const extra = args.length
        ? ' ' + args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')
        : '';
      out.write(
        `${time} ${level.toUpperCase().padEnd(5)}${rid}${ctx} ${text}${extra}\n${stack ? stack + '\n' : ''}`,
      );
    }
  }
}
