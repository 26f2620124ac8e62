package be.permits.support.web;

import be.permits.support.problem.Problem;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;

/**
 * How many requests one caller may make: per token subject on the API, per client address on the
 * pages (and on any request without a token). Each caller has a bucket that holds a minute's
 * allowance and refills steadily; an empty bucket answers 429 with {@code Retry-After}. Every
 * answer carries the IETF {@code RateLimit-Policy} and {@code RateLimit} fields
 * (draft-ietf-httpapi-ratelimit-headers), so that a well-behaved client slows down before it is
 * refused.
 *
 * <p>The buckets live in each instance: with N replicas a caller gets up to N times the allowance,
 * which keeps the limit a guard against floods and scripts gone wrong, not an accounting.
 */
@Singleton
public class RateLimits {
  static final String POLICY = "RateLimit-Policy";
  static final String LIMIT = "RateLimit";
  private static final String DECISION = RateLimits.class.getName();
  private static final long WINDOW_SECONDS = 60;

  @ConfigProperty(name = "rate-limits.api.per-minute", defaultValue = "1200")
  long apiPerMinute;

  @ConfigProperty(name = "rate-limits.pages.per-minute", defaultValue = "600")
  long pagesPerMinute;

  /**
   * Paths whose POST costs the service much (a seal's validation): each address has its own,
   * smaller allowance for them, token or not.
   */
  @ConfigProperty(name = "rate-limits.costly.paths", defaultValue = "/none")
  java.util.List<String> costlyPaths;

  @ConfigProperty(name = "rate-limits.costly.per-minute", defaultValue = "30")
  long costlyPerMinute;

  @Inject SecurityIdentity identity;
  @Inject ErrorPages errorPages;
  @Inject Clock clock;

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** A caller's allowance: tokens left, refilled by the time since the last request. */
  static final class Bucket {
    private final long capacity;
    private double tokens;
    private long lastNanos;
    private long lastUsedMillis;

    Bucket(long capacity, long nowNanos) {
      this.capacity = capacity;
      this.tokens = capacity;
      this.lastNanos = nowNanos;
    }

    /** Takes one token if there is one; answers the tokens left, or -1 when refused. */
    synchronized long take(long nowNanos, long nowMillis) {
      double perNano = capacity / (WINDOW_SECONDS * 1e9);
      tokens = Math.min(capacity, tokens + (nowNanos - lastNanos) * perNano);
      lastNanos = nowNanos;
      lastUsedMillis = nowMillis;
      if (tokens < 1) {
        return -1;
      }
      tokens -= 1;
      return (long) tokens;
    }

    /** Seconds until one token is back. */
    synchronized long secondsToNext() {
      double perSecond = capacity / (double) WINDOW_SECONDS;
      return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
    }

    /** Seconds until the bucket is full again. */
    synchronized long secondsToFull() {
      double perSecond = capacity / (double) WINDOW_SECONDS;
      return (long) Math.ceil((capacity - tokens) / perSecond);
    }
  }

  record Decision(String policy, String limit) {}

  // Ordered with PageFilters so that the page's language is set before a refused page is
  // rendered; RateLimitsTest checks that the refusal speaks the reader's language.
  @WithFormRead
  @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.USER - 100)
  public Response check(RoutingContext rc) {
    String path = rc.normalizedPath();
    if (path.startsWith("/q/")) {
      return null;
    }
    boolean api = path.startsWith("/api/");
    String key;
    long perMinute;
    String name = api ? "api" : "pages";
    if ("POST".equals(rc.request().method().name())
        && costlyPaths.stream().anyMatch(path::startsWith)) {
      key = "costly:" + rc.request().remoteAddress().hostAddress();
      perMinute = costlyPerMinute;
      name = "costly";
    } else if (api && !identity.isAnonymous()) {
      key = "subject:" + identity.getPrincipal().getName();
      perMinute = apiPerMinute;
    } else {
      key = (api ? "api-address:" : "address:") + rc.request().remoteAddress().hostAddress();
      perMinute = pagesPerMinute;
    }
    long now = System.nanoTime();
    Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
    long left = bucket.take(now, clock.millis());
    String policy = "\"" + name + "\";q=" + perMinute + ";w=" + WINDOW_SECONDS;
    if (left < 0) {
      long retry = bucket.secondsToNext();
      Decision decision = new Decision(policy, "\"" + name + "\";r=0;t=" + retry);
      rc.put(DECISION, decision);
      return Response.fromResponse(
              errorPages.answer(
                  new Problem(
                      "urn:problem:rate-limited",
                      "Too Many Requests",
                      429,
                      "Too many requests in a short time; try again in " + retry + " seconds.",
                      null,
                      null)))
          .header("Retry-After", String.valueOf(retry))
          .header(POLICY, decision.policy())
          .header(LIMIT, decision.limit())
          .build();
    }
    rc.put(
        DECISION,
        new Decision(policy, "\"" + name + "\";r=" + left + ";t=" + bucket.secondsToFull()));
    return null;
  }

  @ServerResponseFilter
  public void fields(ContainerResponseContext response, RoutingContext rc) {
    Decision decision = rc.get(DECISION);
    if (decision != null && !response.getHeaders().containsKey(POLICY)) {
      response.getHeaders().putSingle(POLICY, decision.policy());
      response.getHeaders().putSingle(LIMIT, decision.limit());
    }
  }

  /** Forgets the callers idle for more than two windows: their buckets are full again anyway. */
  @Scheduled(every = "5m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void forgetIdle() {
    long before = clock.millis() - 2 * WINDOW_SECONDS * 1000;
    buckets.values().removeIf(b -> b.lastUsedMillis < before);
  }
}
