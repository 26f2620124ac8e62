package be.permits.support.web;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;

/**
 * Health and metrics ({@code /q/...}) are for the platform (probes, Prometheus), which calls a pod
 * directly. A request that came through the entry point (the Ingress, or the local proxy) carries
 * forwarding headers; it gets 404, so that the public origin never exposes them.
 */
public class InternalEndpoints {
  @RouteFilter(200)
  void hideFromProxiedRequests(RoutingContext rc) {
    String path = rc.normalizedPath();
    boolean internal = path.equals("/q") || path.startsWith("/q/");
    boolean proxied =
        rc.request().headers().contains("X-Forwarded-For")
            || rc.request().headers().contains("Forwarded");
    if (internal && proxied) {
      rc.response().setStatusCode(404).end();
      return;
    }
    rc.next();
  }
}
