package be.permits.review.service;

import be.permits.contracts.EventJson;
import be.permits.review.domain.FlowRules;
import be.permits.review.domain.StandardConditions;
import be.permits.support.data.DataFiles;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The flow rules and the standard conditions in force, read at start (a file path if such a file
 * exists, otherwise a classpath resource). A bad file, or a rule suggesting a condition the library
 * lacks, stops the start.
 */
@Startup
@ApplicationScoped
public class FlowRulesSource {
  @ConfigProperty(name = "flows.rules-location")
  String rulesLocation;

  @ConfigProperty(name = "flows.conditions-location")
  String conditionsLocation;

  private FlowRules rules;
  private StandardConditions conditions;

  @PostConstruct
  void load() {
    rules = read(rulesLocation, FlowRules.class);
    conditions = read(conditionsLocation, StandardConditions.class);
    for (FlowRules.Rule rule : rules.rules()) {
      for (String suggested :
          rule.suggests() == null ? java.util.List.<String>of() : rule.suggests()) {
        if (conditions.find(suggested).isEmpty()) {
          throw new IllegalStateException(
              rule.id() + " suggests " + suggested + ", which is no standard condition");
        }
      }
    }
  }

  private static <T> T read(String location, Class<T> type) {
    try (InputStream in = DataFiles.open(location, type.getSimpleName())) {
      return EventJson.mapper().readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(
          type.getSimpleName() + " at " + location + " cannot be read", e);
    }
  }

  public FlowRules rules() {
    return rules;
  }

  public StandardConditions conditions() {
    return conditions;
  }
}
