package be.permits.review.service;

import be.permits.contracts.EventJson;
import be.permits.review.domain.RoutingRules;
import be.permits.support.data.DataFiles;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The routing rules in force, read at start from {@code routing.rules-location}: a file path if
 * such a file exists, otherwise a classpath resource. A bad rule file stops the start.
 */
@Startup
@ApplicationScoped
public class RoutingRulesSource {
  @ConfigProperty(name = "routing.rules-location")
  String location;

  private RoutingRules rules;

  @PostConstruct
  void load() {
    try (InputStream in = DataFiles.open(location, "routing rules")) {
      rules = EventJson.mapper().readValue(in, RoutingRules.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Routing rules at " + location + " cannot be read", e);
    }
  }

  public RoutingRules current() {
    return rules;
  }
}
