/**
 * A store for @fastify/rate-limit that keeps its counters in the database (store/rate-limits.ts), so several servers
 * behind a load balancer enforce one limit. Each route with its own limit counts under its own key prefix.
 */
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Clock } from '../../store/clock.js';
import type { Store } from '../../store/connect.js';
import { hitCounter } from '../../store/rate-limits.js';

export function dbRateLimitStore(store: Store, clock: Clock): FastifyRateLimitStoreCtor {
  class DbRateLimitStore implements FastifyRateLimitStore {
    constructor(
      _options?: unknown,
      private readonly prefix = 'rl:global:',
    ) {}

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      hitCounter(store.db, `${this.prefix}${key}`, timeWindow, clock.now().getTime()).then(
        (h) => callback(null, { current: h.count, ttl: h.ttl }),
        (e: Error) => callback(e),
      );
    }

    child(routeOptions: { method?: string | string[]; url?: string; path?: string }): FastifyRateLimitStore {
      const method = Array.isArray(routeOptions.method) ? routeOptions.method.join(',') : (routeOptions.method ?? '');
      return new DbRateLimitStore(undefined, `rl:${method} ${routeOptions.url ?? routeOptions.path ?? ''}:`);
    }
  }
  return DbRateLimitStore as unknown as FastifyRateLimitStoreCtor;
}
