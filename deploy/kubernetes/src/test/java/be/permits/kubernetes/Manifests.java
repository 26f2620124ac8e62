package be.permits.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The manifests of deploy/kubernetes as the cluster would read them: every resource the base's
 * kustomization lists, parsed by the fabric8 Kubernetes model (typed for core kinds, generic for
 * the operators' custom resources).
 */
final class Manifests {
  static final Path SUITE = Path.of(System.getProperty("suite.home", "../..")).toAbsolutePath();
  static final Path KUBERNETES = SUITE.resolve("deploy/kubernetes");
  static final Path BASE = KUBERNETES.resolve("base");
  static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private final List<HasMetadata> resources;

  private Manifests(List<HasMetadata> resources) {
    this.resources = resources;
  }

  static Manifests base() {
    List<HasMetadata> all = new ArrayList<>();
    for (String file : kustomizationList(BASE, "resources")) {
      all.addAll(parse(BASE.resolve(file)));
    }
    return new Manifests(all);
  }

  /** The entries of a list field of a directory's kustomization.yaml. */
  @SuppressWarnings("unchecked")
  static List<String> kustomizationList(Path dir, String field) {
    Map<String, Object> kustomization = yaml(dir.resolve("kustomization.yaml"));
    Object value = kustomization.get(field);
    if (value == null) {
      return List.of();
    }
    return ((List<Object>) value)
        .stream()
            .map(entry -> entry instanceof Map<?, ?> m ? (String) m.get("path") : (String) entry)
            .filter(java.util.Objects::nonNull)
            .toList();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> yaml(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return SERIALIZATION.unmarshal(in, Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<HasMetadata> parse(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      Object parsed = SERIALIZATION.unmarshal(in);
      List<HasMetadata> found = new ArrayList<>();
      if (parsed instanceof List<?> list) {
        list.forEach(item -> found.add((HasMetadata) item));
      } else {
        found.add((HasMetadata) parsed);
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  <T extends HasMetadata> List<T> all(Class<T> type) {
    return resources.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Custom resources of a kind (Kafka, KafkaTopic, Cluster, Keycloak, PrometheusRule, ...). */
  List<GenericKubernetesResource> custom(String kind) {
    return all(GenericKubernetesResource.class).stream()
        .filter(r -> kind.equals(r.getKind()))
        .toList();
  }

  List<HasMetadata> all() {
    return resources;
  }

  /**
   * A service's configuration as written (profiles included): the settings every service shares
   * (service-support), overridden by its own application.properties.
   */
  static Properties serviceProperties(String service) {
    Properties properties = new Properties();
    load(
        properties,
        SUITE.resolve(
            "service-support/src/main/resources/META-INF/microprofile-config.properties"));
    load(properties, SUITE.resolve(service).resolve("src/main/resources/application.properties"));
    return properties;
  }

  private static void load(Properties properties, Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every Java source of the services and their shared support. */
  static Stream<Path> mainSources() {
    List<Path> roots =
        Stream.of(
                "service-support",
                "permit-service",
                "review-service",
                "notification-service",
                "witness-service")
            .map(m -> SUITE.resolve(m).resolve("src/main/java"))
            .toList();
    return roots.stream()
        .flatMap(
            root -> {
              try {
                return Files.walk(root)
                    .filter(p -> p.toString().endsWith(".java"))
                    .toList()
                    .stream();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
