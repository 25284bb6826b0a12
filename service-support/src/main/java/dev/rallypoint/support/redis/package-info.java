/**
 * Redis as every service uses it: one key namespace ({@link dev.rallypoint.support.redis.RedisKeyProperties}),
 * and Redis that does not answer (paused, unreachable) costs a request at most one short command time-out:
 * the servlet services' {@code StringRedisTemplate} fails fast behind a breaker, and a request that
 * cannot be served without Redis gets {@code 503 service-busy} with {@code Retry-After}.
 */
package dev.rallypoint.support.redis;
