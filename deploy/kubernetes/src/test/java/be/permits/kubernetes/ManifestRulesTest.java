package be.permits.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Topics;
import be.permits.localrun.SuiteRoutes;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules every manifest of deploy/kubernetes keeps, checked on the parsed resources. */
class ManifestRulesTest {
  static final List<String> SERVICES =
      List.of("permit-service", "review-service", "notification-service", "witness-service");
  static final Manifests BASE = Manifests.base();

  static Deployment deployment(String name) {
    return BASE.all(Deployment.class).stream()
        .filter(d -> name.equals(d.getMetadata().getName()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Deployment " + name));
  }

  static Container container(Deployment d) {
    return d.getSpec().getTemplate().getSpec().getContainers().get(0);
  }

  @Test
  void theServicesAreDeployedAndNothingElseIsADeployment() {
    assertEquals(
        new TreeSet<>(SERVICES),
        BASE.all(Deployment.class).stream()
            .map(d -> d.getMetadata().getName())
            .collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void everyDeploymentHasProbesLimitsAndARestrictiveSecurityContext() {
    for (Deployment d : BASE.all(Deployment.class)) {
      String name = d.getMetadata().getName();
      PodSpec pod = d.getSpec().getTemplate().getSpec();
      assertEquals(
          null, d.getSpec().getReplicas(), name + ": the autoscaler owns the replica count");
      assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), name + " non-root");
      assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), name);
      for (Container c : pod.getContainers()) {
        assertNotNull(c.getLivenessProbe(), name + " liveness probe");
        assertNotNull(c.getReadinessProbe(), name + " readiness probe");
        assertNotNull(c.getResources().getLimits().get("cpu"), name + " cpu limit");
        assertNotNull(c.getResources().getLimits().get("memory"), name + " memory limit");
        assertNotNull(c.getResources().getRequests().get("memory"), name + " memory request");
        assertEquals(Boolean.TRUE, c.getSecurityContext().getReadOnlyRootFilesystem(), name);
        assertEquals(Boolean.FALSE, c.getSecurityContext().getAllowPrivilegeEscalation(), name);
        assertEquals(List.of("ALL"), c.getSecurityContext().getCapabilities().getDrop(), name);
        assertTrue(
            c.getVolumeMounts().stream().anyMatch(m -> "/tmp".equals(m.getMountPath())),
            name + " writes uploads and caches to a volume, not to its read-only root");
      }
    }
  }

  @Test
  void everyServiceSelectsADeploymentAndPointsAtANamedPort() {
    for (Service s : BASE.all(Service.class)) {
      Map<String, String> selector = s.getSpec().getSelector();
      Deployment target =
          BASE.all(Deployment.class).stream()
              .filter(
                  d ->
                      d.getSpec()
                          .getTemplate()
                          .getMetadata()
                          .getLabels()
                          .entrySet()
                          .containsAll(selector.entrySet()))
              .findFirst()
              .orElseThrow(() -> new AssertionError(s.getMetadata().getName() + " selects none"));
      Set<String> portNames =
          container(target).getPorts().stream().map(p -> p.getName()).collect(Collectors.toSet());
      s.getSpec()
          .getPorts()
          .forEach(
              p ->
                  assertTrue(
                      portNames.contains(p.getTargetPort().getStrVal()),
                      s.getMetadata().getName() + " targets a port of its pods"));
    }
  }

  @Test
  void portsHealthPathsAndEnvironmentMatchEachServicesConfiguration() {
    for (String service : SERVICES) {
      Properties config = Manifests.serviceProperties(service);
      Container c = container(deployment(service));
      Map<String, EnvVar> env = new HashMap<>();
      c.getEnv().forEach(e -> env.put(e.getName(), e));

      int port = Integer.parseInt(env.get("QUARKUS_HTTP_PORT").getValue());
      assertEquals(port, c.getPorts().get(0).getContainerPort(), service + " listens there");
      assertEquals("0.0.0.0", env.get("QUARKUS_HTTP_HOST").getValue(), service + " not loopback");

      String root = "/" + config.getProperty("quarkus.http.non-application-root-path", "q");
      String health =
          root + "/" + config.getProperty("quarkus.smallrye-health.root-path", "health");
      assertProbe(c.getLivenessProbe(), health + "/live", service);
      assertProbe(c.getReadinessProbe(), health + "/ready", service);
      assertProbe(c.getStartupProbe(), health + "/started", service);

      for (String variable : requiredVariables(config)) {
        assertTrue(env.containsKey(variable), service + " gets " + variable + " from the manifest");
        EnvVar e = env.get(variable);
        boolean secretLike = variable.contains("PASSWORD") || variable.contains("SECRET");
        if (secretLike) {
          assertNotNull(
              e.getValueFrom().getSecretKeyRef(),
              service + " reads " + variable + " from a Secret");
        } else if (e.getValue() == null) {
          assertTrue(
              e.getValueFrom().getConfigMapKeyRef() != null
                  || e.getValueFrom().getSecretKeyRef() != null,
              service + " reads " + variable + " from a ConfigMap or Secret");
        }
      }
    }
  }

  private static void assertProbe(Probe probe, String path, String service) {
    assertNotNull(probe, service + " probe " + path);
    HTTPGetAction get = probe.getHttpGet();
    assertEquals(path, get.getPath(), service);
    assertEquals("http", get.getPort().getStrVal(), service + " probes its own http port");
  }

  /** The variables a service's production configuration uses without a default. */
  static Set<String> requiredVariables(Properties config) {
    Pattern variable = Pattern.compile("\\$\\{([A-Z_]+)}");
    Set<String> required = new TreeSet<>();
    for (String key : config.stringPropertyNames()) {
      if (key.startsWith("%test.") || key.startsWith("%dev.")) {
        continue;
      }
      Matcher m = variable.matcher(config.getProperty(key));
      while (m.find()) {
        required.add(m.group(1));
      }
    }
    return required;
  }

  @Test
  void topicsMatchTheContractsAndEveryChannelOfEveryService() {
    Map<String, GenericKubernetesResource> topics = new HashMap<>();
    BASE.custom("KafkaTopic").forEach(t -> topics.put(t.getMetadata().getName(), t));
    Set<String> needed = new TreeSet<>(Topics.ALL);
    for (String service : SERVICES) {
      Properties config = Manifests.serviceProperties(service);
      config.stringPropertyNames().stream()
          .filter(k -> k.startsWith("mp.messaging.") && k.endsWith(".topic"))
          .forEach(k -> needed.add(config.getProperty(k)));
    }
    assertEquals(needed, new TreeSet<>(topics.keySet()), "a KafkaTopic for each topic in use");
    for (GenericKubernetesResource topic : topics.values()) {
      assertEquals(3, ((Number) spec(topic).get("replicas")).intValue(), "replication 3");
      assertEquals(
          "permits-kafka", topic.getMetadata().getLabels().get("strimzi.io/cluster"), "cluster");
    }
    GenericKubernetesResource kafka = BASE.custom("Kafka").get(0);
    Map<String, Object> brokerConfig = map(map(spec(kafka).get("kafka")).get("config"));
    assertEquals(3, ((Number) brokerConfig.get("default.replication.factor")).intValue());
    assertEquals(2, ((Number) brokerConfig.get("min.insync.replicas")).intValue());
    assertEquals(false, brokerConfig.get("auto.create.topics.enable"));
  }

  @Test
  void theIngressGivesTheRoutesOfTheLocalEntryPoint() {
    Ingress ingress = BASE.all(Ingress.class).get(0);
    Set<String> services =
        BASE.all(Service.class).stream()
            .map(s -> s.getMetadata().getName())
            .collect(Collectors.toSet());
    Map<String, String> routes = new HashMap<>();
    Set<String> keycloakPaths = new TreeSet<>();
    for (HTTPIngressPath path : ingress.getSpec().getRules().get(0).getHttp().getPaths()) {
      assertEquals("Prefix", path.getPathType());
      String backend = path.getBackend().getService().getName();
      if (backend.equals("permits-keycloak-service")) {
        keycloakPaths.add(withoutTrailingSlash(path.getPath()));
        continue;
      }
      assertTrue(services.contains(backend), backend + " is a Service of the manifests");
      routes.put(withoutTrailingSlash(path.getPath()), backend);
    }
    Map<String, String> local = new HashMap<>();
    SuiteRoutes.OWNERS.forEach(
        (prefix, owner) -> {
          if (!owner.equals(SuiteRoutes.KEYCLOAK)) {
            local.put(withoutTrailingSlash(prefix), owner);
          }
        });
    assertEquals(local, routes, "the services' routes are the local entry point's");
    assertEquals(
        SuiteRoutes.KEYCLOAK_PUBLIC_PREFIXES.stream()
            .map(ManifestRulesTest::withoutTrailingSlash)
            .collect(Collectors.toCollection(TreeSet::new)),
        keycloakPaths,
        "Keycloak's public paths only: no administration console on the public origin");
  }

  private static String withoutTrailingSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  @Test
  void everyDeploymentScalesAndSurvivesADrain() {
    for (String service : SERVICES) {
      HorizontalPodAutoscaler hpa =
          BASE.all(HorizontalPodAutoscaler.class).stream()
              .filter(h -> service.equals(h.getSpec().getScaleTargetRef().getName()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no HPA for " + service));
      assertTrue(hpa.getSpec().getMinReplicas() >= 2, service);
      Map<String, String> podLabels =
          deployment(service).getSpec().getTemplate().getMetadata().getLabels();
      assertTrue(
          BASE.all(PodDisruptionBudget.class).stream()
              .anyMatch(
                  p ->
                      podLabels
                          .entrySet()
                          .containsAll(p.getSpec().getSelector().getMatchLabels().entrySet())),
          "a PodDisruptionBudget covers " + service);
    }
  }

  @Test
  void noSecretIsWrittenInTheManifests() {
    assertTrue(
        BASE.all().stream().noneMatch(r -> "Secret".equals(r.getKind())),
        "Secrets are created by the operator, not kept here");
    for (Deployment d : BASE.all(Deployment.class)) {
      for (EnvVar e : container(d).getEnv()) {
        if (e.getName().contains("PASSWORD") || e.getName().contains("SECRET")) {
          assertEquals(null, e.getValue(), d.getMetadata().getName() + " " + e.getName());
        }
      }
    }
  }

  @Test
  void theImageRunsAsTheUserAndOnThePortTheDeploymentsExpect() throws java.io.IOException {
    List<String> dockerfile =
        java.nio.file.Files.readAllLines(Manifests.KUBERNETES.resolve("Dockerfile.jvm"));
    for (String service : SERVICES) {
      Deployment d = deployment(service);
      long user = d.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser();
      assertTrue(dockerfile.contains("USER " + user), service + " runs as the image's user");
      assertTrue(
          dockerfile.contains("EXPOSE " + container(d).getPorts().get(0).getContainerPort()),
          service + " listens on the port the image exposes");
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  static Map<String, Object> spec(GenericKubernetesResource resource) {
    return map(resource.getAdditionalProperties().get("spec"));
  }

  static Set<String> names(List<?> values, String field) {
    Set<String> names = new HashSet<>();
    values.forEach(v -> names.add((String) map(v).get(field)));
    return names;
  }
}
