package be.permits.support.security;

import be.permits.support.web.PageContext;
import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Pages log people in through the browser (OIDC tenant {@code web}); {@code /api/*} and {@code
 * /q/*} take bearer tokens only (the default tenant), so that an API call without a token gets 401
 * rather than a login redirect. A service without pages has no {@code web} tenant.
 */
@ApplicationScoped
public class PageTenantResolver implements TenantResolver {
  public static final String WEB_TENANT = "web";

  private final boolean servesPages =
      ConfigProvider.getConfig()
          .getOptionalValue("quarkus.oidc.web.application-type", String.class)
          .isPresent();

  @Override
  public String resolve(RoutingContext context) {
    if (!servesPages || !PageContext.isPage(context.normalizedPath())) {
      return null;
    }
    return WEB_TENANT;
  }
}
