package be.permits.kubernetes;

import static be.permits.kubernetes.ManifestRulesTest.map;
import static be.permits.kubernetes.ManifestRulesTest.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Network policies, the realm import, monitoring, and the example overlay. */
class PlatformRulesTest {
  static final Manifests BASE = ManifestRulesTest.BASE;
  static final Map<String, String> SERVICE_PODS =
      Map.of("app.kubernetes.io/part-of", "permit-suite");

  static boolean selects(LabelSelector selector, Map<String, String> labels) {
    return selector != null
        && selector.getMatchLabels() != null
        && labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
  }

  /** An empty pod selector: the policy applies to every pod of the namespace. */
  static boolean selectsAll(LabelSelector selector) {
    return (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
        && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
  }

  static Map<String, String> podLabels(String service) {
    return ManifestRulesTest.deployment(service).getSpec().getTemplate().getMetadata().getLabels();
  }

  @Test
  void everythingIsDeniedUnlessAllowed() {
    assertTrue(
        BASE.all(NetworkPolicy.class).stream()
            .anyMatch(
                p ->
                    selectsAll(p.getSpec().getPodSelector())
                        && p.getSpec().getIngress().isEmpty()
                        && p.getSpec().getEgress().isEmpty()
                        && p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))),
        "a default-deny policy for both directions");
  }

  @Test
  void servicesNeverReceiveFromEachOtherOnlyFromTheEntryPointAndPrometheus() {
    for (NetworkPolicy policy : BASE.all(NetworkPolicy.class)) {
      boolean appliesToAService =
          ManifestRulesTest.SERVICES.stream()
              .anyMatch(s -> selects(policy.getSpec().getPodSelector(), podLabels(s)));
      if (!appliesToAService) {
        continue;
      }
      for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
        for (NetworkPolicyPeer from : rule.getFrom()) {
          assertTrue(
              from.getPodSelector() == null,
              policy.getMetadata().getName() + ": services talk through Kafka, not to each other");
          Map<String, String> namespace = from.getNamespaceSelector().getMatchLabels();
          assertTrue(
              Set.of("ingress-nginx", "monitoring")
                  .contains(namespace.get("kubernetes.io/metadata.name")),
              policy.getMetadata().getName() + " admits " + namespace);
        }
      }
    }
  }

  @Test
  void onlyNotificationServiceReachesSmtpAndEveryServiceReachesItsDependencies() {
    for (String service : ManifestRulesTest.SERVICES) {
      Set<Integer> ports = egressPorts(podLabels(service));
      assertTrue(ports.containsAll(Set.of(5432, 9092, 8080, 53)), service + " egress " + ports);
      assertEquals(
          service.equals("notification-service"),
          ports.contains(587),
          service + " and SMTP: " + ports);
    }
  }

  static Set<Integer> egressPorts(Map<String, String> labels) {
    Set<Integer> ports = new TreeSet<>();
    for (NetworkPolicy policy : BASE.all(NetworkPolicy.class)) {
      LabelSelector selector = policy.getSpec().getPodSelector();
      if (!selectsAll(selector) && !selects(selector, labels)) {
        continue;
      }
      for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress()) {
        rule.getPorts().forEach(p -> ports.add(p.getPort().getIntVal()));
      }
    }
    return ports;
  }

  @Test
  void theRealmImportHasTheLocalRealmsRolesGroupsAndClientsButNoPeopleAndNoSecrets()
      throws IOException {
    Map<String, Object> local =
        Manifests.SERIALIZATION.unmarshal(
            Files.newInputStream(Manifests.SUITE.resolve("deploy/keycloak/realm-permits.json")),
            Map.class);
    GenericKubernetesResource realmImport = BASE.custom("KeycloakRealmImport").get(0);
    Map<String, Object> realm = map(spec(realmImport).get("realm"));
    assertEquals(local.get("realm"), realm.get("realm"));
    assertEquals(local.get("roles"), realm.get("roles"));
    assertEquals(local.get("groups"), realm.get("groups"));
    // Brute-force detection as in the local realm (and its system test).
    for (String setting :
        List.of(
            "bruteForceProtected",
            "permanentLockout",
            "failureFactor",
            "waitIncrementSeconds",
            "maxFailureWaitSeconds",
            "quickLoginCheckMilliSeconds",
            "minimumQuickLoginWaitSeconds",
            "maxDeltaTimeSeconds")) {
      assertEquals(local.get(setting), realm.get(setting), setting);
    }
    assertEquals(
        ManifestRulesTest.names((List<?>) local.get("clients"), "clientId"),
        ManifestRulesTest.names((List<?>) realm.get("clients"), "clientId"));
    for (Object user : (List<?>) realm.get("users")) {
      assertTrue(
          ((String) map(user).get("username")).startsWith("service-account-"),
          "no demo person in production: " + map(user).get("username"));
    }
    for (Object client : (List<?>) realm.get("clients")) {
      Object secret = map(client).get("secret");
      assertTrue(
          secret == null || ((String) secret).matches("\\$\\{[A-Z_]+}"),
          "client secrets come from placeholders");
      assertEquals(false, map(client).get("directAccessGrantsEnabled"), "no password grant");
    }
    assertEquals(
        "permits-keycloak",
        spec(realmImport).get("keycloakCRName"),
        "imported into the Keycloak of the manifests");
    assertEquals(1, BASE.custom("Keycloak").size());
  }

  @Test
  void alertsAndTheDashboardUseOnlyMetricsTheServicesExpose() throws IOException {
    Set<String> exposed = registeredMetricNames();
    StringBuilder expressions = new StringBuilder();
    for (GenericKubernetesResource rule : BASE.custom("PrometheusRule")) {
      for (Object group : (List<?>) spec(rule).get("groups")) {
        for (Object r : (List<?>) map(group).get("rules")) {
          expressions.append(map(r).get("expr")).append('\n');
        }
      }
    }
    Set<String> alerts = new TreeSet<>();
    BASE.custom("PrometheusRule")
        .forEach(
            r ->
                ((List<?>) spec(r).get("groups"))
                    .forEach(
                        g ->
                            ((List<?>) map(g).get("rules"))
                                .forEach(x -> alerts.add((String) map(x).get("alert")))));
    assertEquals(
        Set.of(
            "PermitsOutboxBacklogGrowing",
            "PermitsConsumerLag",
            "PermitsStepsOverdue",
            "PermitsSmtpFailures",
            "PermitsServiceDown",
            "PermitsWitnessRefusedCheckpoint",
            "PermitsLedgerRefusedByWitness"),
        alerts);
    for (ConfigMap dashboard : BASE.all(ConfigMap.class)) {
      if (dashboard.getMetadata().getLabels() != null
          && "1".equals(dashboard.getMetadata().getLabels().get("grafana_dashboard"))) {
        dashboard.getData().values().forEach(expressions::append);
      }
    }
    Matcher m = Pattern.compile("permits_[a-z_]+").matcher(expressions);
    Set<String> used = new TreeSet<>();
    while (m.find()) {
      used.add(m.group());
    }
    assertFalse(used.isEmpty());
    for (String metric : used) {
      assertTrue(
          exposed.stream().anyMatch(base -> isSeriesOf(metric, base)),
          metric + " is registered by a service; registered: " + exposed);
    }
  }

  /** The {@code permits.*} names that the services' code registers, in Prometheus form. */
  static Set<String> registeredMetricNames() {
    Pattern name = Pattern.compile("\"(permits\\.[a-z.]+)\"");
    return Manifests.mainSources()
        .flatMap(
            source -> {
              try {
                Matcher m = name.matcher(Files.readString(source));
                return m.results().map(r -> r.group(1).replace('.', '_')).toList().stream();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            })
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static boolean isSeriesOf(String metric, String base) {
    return metric.equals(base)
        || metric.equals(base + "_total")
        || metric.matches(Pattern.quote(base) + "_seconds_(bucket|count|sum|max)");
  }

  @Test
  void theOverlayNamesFilesThatExistAndPatchesResourcesOfTheBase() {
    Path overlay = Manifests.KUBERNETES.resolve("overlays/example");
    for (String resource : Manifests.kustomizationList(overlay, "resources")) {
      assertTrue(Files.exists(overlay.resolve(resource)), resource);
    }
    for (String patch : Manifests.kustomizationList(overlay, "patches")) {
      for (HasMetadata patched : Manifests.parse(overlay.resolve(patch))) {
        assertTrue(
            BASE.all().stream()
                .anyMatch(
                    r ->
                        r.getKind().equals(patched.getKind())
                            && r.getMetadata().getName().equals(patched.getMetadata().getName())),
            patch + " patches " + patched.getKind() + " " + patched.getMetadata().getName());
      }
    }
    @SuppressWarnings("unchecked")
    List<Object> patches =
        (List<Object>) Manifests.yaml(overlay.resolve("kustomization.yaml")).get("patches");
    for (Object patch : patches) {
      Object target = map(patch).get("target");
      if (target != null) {
        String kind = (String) map(target).get("kind");
        String name = (String) map(target).get("name");
        assertTrue(
            BASE.all().stream()
                .anyMatch(r -> r.getKind().equals(kind) && r.getMetadata().getName().equals(name)),
            "an inline patch targets " + kind + " " + name + " of the base");
      }
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> images =
        (List<Map<String, Object>>)
            Manifests.yaml(overlay.resolve("kustomization.yaml")).get("images");
    Set<String> baseImages =
        BASE.all(io.fabric8.kubernetes.api.model.apps.Deployment.class).stream()
            .map(d -> ManifestRulesTest.container(d).getImage().split(":")[0])
            .collect(Collectors.toSet());
    assertEquals(
        baseImages, images.stream().map(i -> (String) i.get("name")).collect(Collectors.toSet()));
  }
}
