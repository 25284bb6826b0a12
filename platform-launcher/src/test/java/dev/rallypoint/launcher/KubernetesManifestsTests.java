package dev.rallypoint.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps deploy/kubernetes honest where no cluster can run it: both overlays render with {@code kubectl kustomize},
 * and what they render runs every service on the port, with the probe paths and the environment names its own
 * configuration declares, bounded in resources, from pinned images, with no secret value in sight. Skipped, with
 * the reason, where kubectl is not installed.
 */
class KubernetesManifestsTests {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");

    private static final String DEFAULTS = "service-support/src/main/resources/rallypoint/service-defaults.properties";

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:([^}]*))?}");

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(secret|password|passphrase|private|credential).*");

    /** Read by the JVM and glibc, not by Spring. */
    private static final Set<String> PROCESS_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "MALLOC_ARENA_MAX");

    private static final Set<String> AUTOSCALED = Set.of("gateway-service", "court-service", "queue-service");

    private static final Map<String, List<Map<String, Object>>> RENDERED = new HashMap<>();

    private static boolean kubectl;

    @BeforeAll
    static void renderOverlays() throws IOException, InterruptedException {
        kubectl = kubectlAvailable();
        if (kubectl) {
            for (String overlay : List.of("local", "production")) {
                RENDERED.put(overlay, render(KUBERNETES.resolve("overlays").resolve(overlay)));
            }
        }
    }

    @BeforeEach
    void needsKubectl() {
        Assumptions.assumeTrue(kubectl, "SKIPPED: kubectl not found on the PATH, so deploy/kubernetes overlays are not "
                + "rendered or checked (install kubectl >= 1.27, which bundles Kustomize 5; .ci/run installs it)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyServiceRunsWithItsOwnAccountServiceAndDisruptionBudget(String overlay) throws IOException {
        List<Map<String, Object>> objects = RENDERED.get(overlay);

        assertThat(names(objects, "Deployment")).as(overlay + " deployments").containsExactlyInAnyOrderElementsOf(services());
        for (String service : services()) {
            assertThat(names(objects, "ServiceAccount")).as(overlay).contains(service);
            assertThat(podSpec(deployment(objects, service)).get("serviceAccountName")).as(service).isEqualTo(service);
            assertThat(podSpec(deployment(objects, service)).get("automountServiceAccountToken")).as(service).isEqualTo(false);

            Map<String, Object> budget = object(objects, "PodDisruptionBudget", service);
            assertThat(get(budget, "spec.selector.matchLabels")).as(service + " budget")
                    .isEqualTo(get(deployment(objects, service), "spec.selector.matchLabels"));

            List<Map<String, Object>> spread = list(podSpec(deployment(objects, service)).get("topologySpreadConstraints"));
            assertThat(spread).extracting(constraint -> constraint.get("topologyKey")).as(service + " spread")
                    .contains("kubernetes.io/hostname", "topology.kubernetes.io/zone");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void eachServiceListensOnThePortItsConfigurationDeclares(String overlay) throws IOException {
        List<Map<String, Object>> objects = RENDERED.get(overlay);

        for (String service : services()) {
            String declared = placeholders(service).get("PORT");
            assertThat(declared).as(service + " declares ${PORT:<default>}").isNotBlank();
            Map<String, Object> container = container(deployment(objects, service));
            Map<String, Object> port = list(container.get("ports")).getFirst();
            assertThat(String.valueOf(port.get("containerPort"))).as(service + " containerPort").isEqualTo(declared);
            assertThat(port.get("name")).isEqualTo("http");
            assertThat(explicitEnvironment(container)).as(service + " PORT").containsEntry("PORT", declared);

            Map<String, Object> servicePort = list(get(object(objects, "Service", service), "spec.ports")).getFirst();
            assertThat(String.valueOf(servicePort.get("port"))).as(service + " Service port").isEqualTo(declared);
            assertThat(servicePort.get("targetPort")).isEqualTo("http");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void probesAskTheHealthGroupsTheApplicationExposes(String overlay) throws IOException {
        List<Map<String, Object>> objects = RENDERED.get(overlay);

        for (String service : services()) {
            Map<String, String> configuration = effectiveConfiguration(objects, service);
            assertThat(configuration).as(service + ": liveness and readiness groups exist")
                    .containsEntry("management.endpoint.health.probes.enabled", "true");
            assertThat(configuration.get("management.endpoints.web.exposure.include")).as(service).contains("health");
            assertThat(configuration).as(service + ": actuator on the application's port and path")
                    .doesNotContainKeys("management.server.port", "management.endpoints.web.base-path",
                            "server.servlet.context-path", "spring.webflux.base-path");

            Map<String, Object> container = container(deployment(objects, service));
            assertThat(get(container, "readinessProbe.httpGet.path")).as(service).isEqualTo("/actuator/health/readiness");
            assertThat(get(container, "livenessProbe.httpGet.path")).as(service).isEqualTo("/actuator/health/liveness");
            assertThat(get(container, "startupProbe.httpGet.path")).as(service).isEqualTo("/actuator/health/liveness");
            for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
                assertThat(get(container, probe + ".httpGet.port")).as(service + " " + probe).isEqualTo("http");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyContainerHasBoundedResourcesAndAPinnedImage(String overlay) {
        for (Map<String, Object> workload : RENDERED.get(overlay)) {
            if (!Set.of("Deployment", "StatefulSet").contains(workload.get("kind"))) {
                continue;
            }
            for (Map<String, Object> container : list(podSpec(workload).get("containers"))) {
                String name = overlay + " " + container.get("name");
                assertThat(map(get(container, "resources.requests"))).as(name + " requests").containsKeys("cpu", "memory");
                assertThat(map(get(container, "resources.limits"))).as(name + " limits").containsKeys("cpu", "memory");

                String image = (String) container.get("image");
                String afterRepository = image.substring(image.lastIndexOf('/') + 1);
                assertThat(afterRepository).as(name + " image " + image + " has a tag or digest").containsAnyOf(":", "@sha256:");
                assertThat(image).as(name + " image").doesNotEndWith(":latest");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void secretValuesComeOnlyFromTheClustersSecret(String overlay) {
        List<Map<String, Object>> objects = RENDERED.get(overlay);

        assertThat(objects).as(overlay + ": no Secret object carries values in the repository")
                .noneMatch(object -> "Secret".equals(object.get("kind")));
        for (Map<String, Object> object : objects) {
            if ("ConfigMap".equals(object.get("kind"))) {
                Map<String, Object> data = map(object.get("data"));
                assertThat(data.keySet()).as(object.get("kind") + " " + name(object)).noneMatch(SECRET_NAME.asMatchPredicate());
                data.values().forEach(value -> assertThat(String.valueOf(value)).doesNotContainIgnoringCase("password:"));
            }
            if (!Set.of("Deployment", "StatefulSet").contains(object.get("kind"))) {
                continue;
            }
            for (Map<String, Object> container : list(podSpec(object).get("containers"))) {
                for (Map<String, Object> variable : list(container.get("env"))) {
                    String variableName = (String) variable.get("name");
                    if (SECRET_NAME.matcher(variableName).matches()) {
                        assertThat(variable).as(container.get("name") + " " + variableName + " from a Secret")
                                .doesNotContainKey("value");
                        assertThat(get(variable, "valueFrom.secretKeyRef.name")).isEqualTo("rallypoint-secrets");
                        assertThat(get(variable, "valueFrom.secretKeyRef.key")).isEqualTo(variableName);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void servicesGetTheEnvironmentNamesTheirConfigurationReads(String overlay) throws IOException {
        List<Map<String, Object>> objects = RENDERED.get(overlay);

        for (String service : services()) {
            Map<String, String> read = placeholders(service);
            Set<String> given = environmentNames(objects, container(deployment(objects, service)));
            for (String variable : given) {
                boolean springProperty = variable.startsWith("SPRING_") || variable.startsWith("MANAGEMENT_");
                assertThat(read.containsKey(variable) || springProperty || PROCESS_VARIABLES.contains(variable))
                        .as(overlay + ": " + service + " reads " + variable).isTrue();
            }
            read.forEach((variable, fallback) -> {
                if (fallback == null) {
                    assertThat(given).as(service + " has no default for " + variable).contains(variable);
                }
            });
            assertThat(given).as(service + " connection settings").containsAll(requiredConnections(service));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void discoveryResolvesEveryServiceNameToItsKubernetesService(String overlay) throws IOException {
        List<Map<String, Object>> objects = RENDERED.get(overlay);
        Map<String, String> kubernetes = kubernetesConfiguration(objects);

        assertThat(kubernetes).containsEntry("eureka.client.enabled", "false");
        Set<String> called = new TreeSet<>(services());
        called.remove("gateway-service");
        called.addAll(gatewayRoutedServices());
        for (String service : called) {
            String uri = kubernetes.get("spring.cloud.discovery.client.simple.instances." + service + "[0].uri");
            assertThat(uri).as("lb://" + service + " on Kubernetes").isEqualTo("http://" + service + ":" + placeholders(service).get("PORT"));
        }
        for (String service : services()) {
            Map<String, Object> container = container(deployment(objects, service));
            assertThat(list(container.get("volumeMounts"))).as(service)
                    .anyMatch(mount -> "/etc/rallypoint".equals(mount.get("mountPath")));
            assertThat(environment(objects, container))
                    .containsEntry("SPRING_CONFIG_ADDITIONAL_LOCATION", "optional:file:/etc/rallypoint/");
        }
    }

    @Test
    void localRunsOneReplicaBesideInClusterInfrastructure() throws IOException {
        List<Map<String, Object>> objects = RENDERED.get("local");

        assertThat(names(objects, "StatefulSet")).containsExactlyInAnyOrder("postgres", "redis", "kafka");
        assertThat(names(objects, "HorizontalPodAutoscaler")).isEmpty();
        for (String service : services()) {
            assertThat(((Number) get(deployment(objects, service), "spec.replicas", 1)).intValue()).as(service).isEqualTo(1);
        }
        Map<String, String> platform = environment(objects, container(deployment(objects, "court-service")));
        assertThat(platform).containsEntry("POSTGRES_HOST", "postgres").containsEntry("REDIS_HOST", "redis")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
        for (String infrastructure : List.of("postgres", "redis", "kafka")) {
            assertThat(names(objects, "Service")).contains(infrastructure);
        }
    }

    @Test
    void productionRunsThreeReplicasAgainstManagedInfrastructure() throws IOException {
        List<Map<String, Object>> objects = RENDERED.get("production");

        assertThat(names(objects, "StatefulSet")).isEmpty();
        assertThat(names(objects, "HorizontalPodAutoscaler")).containsExactlyInAnyOrderElementsOf(AUTOSCALED);
        for (String service : services()) {
            if (AUTOSCALED.contains(service)) {
                Map<String, Object> autoscaler = object(objects, "HorizontalPodAutoscaler", service);
                assertThat(get(autoscaler, "spec.minReplicas")).as(service).isEqualTo(3);
                assertThat(get(autoscaler, "spec.scaleTargetRef.name")).isEqualTo(service);
                Map<String, Object> metric = list(get(autoscaler, "spec.metrics")).getFirst();
                assertThat(get(metric, "resource.name")).isEqualTo("cpu");
                assertThat(get(deployment(objects, service), "spec.replicas")).as(service + " replicas left to the HPA").isNull();
            }
            else {
                assertThat(get(deployment(objects, service), "spec.replicas")).as(service).isEqualTo(3);
            }
        }
        Map<String, String> platform = environment(objects, container(deployment(objects, "court-service")));
        assertThat(platform.get("POSTGRES_HOST")).isNotEqualTo("postgres");
        assertThat(platform.get("REDIS_HOST")).isNotEqualTo("redis");
        assertThat(platform.get("KAFKA_BOOTSTRAP_SERVERS")).isNotEqualTo("kafka:9092");
    }

    // --- the services and what their configuration reads

    /** Every Boot application module except Eureka's server, which Kubernetes replaces. */
    private static List<String> services() throws IOException {
        Matcher modules = MODULE.matcher(Files.readString(ROOT.resolve("pom.xml")));
        List<String> services = new ArrayList<>();
        while (modules.find()) {
            String module = modules.group(1);
            Path pom = ROOT.resolve(module).resolve("pom.xml");
            if (Files.exists(pom) && Files.readString(pom).contains("spring-boot-maven-plugin")
                    && !module.equals("discovery-service")) {
                services.add(module);
            }
        }
        return services;
    }

    /** Environment placeholders the service's configuration reads, with their defaults (null: none). */
    private static Map<String, String> placeholders(String service) throws IOException {
        Map<String, String> found = new HashMap<>();
        Matcher placeholder = PLACEHOLDER.matcher(Files.readString(applicationYml(service)) + "\n" + Files.readString(ROOT.resolve(DEFAULTS)));
        while (placeholder.find()) {
            found.putIfAbsent(placeholder.group(1), placeholder.group(3));
        }
        return found;
    }

    private static Set<String> requiredConnections(String service) throws IOException {
        String configuration = Files.readString(applicationYml(service));
        String pom = Files.readString(ROOT.resolve(service).resolve("pom.xml"));
        Set<String> required = new TreeSet<>();
        if (pom.contains("resource-server")) {
            required.add("JWKS_URI");
        }
        if (configuration.contains("database:")) {
            required.addAll(List.of("POSTGRES_HOST", "POSTGRES_USER", "POSTGRES_PASSWORD"));
        }
        if (pom.contains("data-redis") || pom.contains("redisson")) {
            required.add("REDIS_HOST");
        }
        if (pom.contains("starter-kafka") || pom.contains("events-kafka")) {
            required.add("KAFKA_BOOTSTRAP_SERVERS");
        }
        return required;
    }

    /** The service's settings as it runs on Kubernetes: shared defaults, its application.yml, then the mounted file. */
    private static Map<String, String> effectiveConfiguration(List<Map<String, Object>> objects, String service) throws IOException {
        Map<String, String> effective = new TreeMap<>();
        Properties defaults = new Properties();
        try (InputStream in = Files.newInputStream(ROOT.resolve(DEFAULTS))) {
            defaults.load(in);
        }
        defaults.forEach((key, value) -> effective.put((String) key, (String) value));
        effective.putAll(flatten(new Yaml().load(Files.readString(applicationYml(service)))));
        effective.putAll(kubernetesConfiguration(objects));
        return effective;
    }

    private static Set<String> gatewayRoutedServices() throws IOException {
        Map<String, String> gateway = flatten(new Yaml().load(Files.readString(applicationYml("gateway-service"))));
        Set<String> routed = new TreeSet<>();
        String prefix = "rallypoint.gateway.services.";
        gateway.keySet().stream().filter(key -> key.startsWith(prefix)).forEach(key -> routed.add(key.substring(prefix.length())));
        assertThat(routed).isNotEmpty();
        return routed;
    }

    private static Path applicationYml(String service) {
        return ROOT.resolve(service).resolve("src/main/resources/application.yml");
    }

    // --- the rendered objects

    private static Map<String, String> kubernetesConfiguration(List<Map<String, Object>> objects) {
        Map<String, Object> configMap = objects.stream()
                .filter(object -> "ConfigMap".equals(object.get("kind")) && name(object).startsWith("rallypoint-kubernetes"))
                .findFirst().orElseThrow();
        return flatten(new Yaml().load((String) map(configMap.get("data")).get("application.yml")));
    }

    /** Names set explicitly, from Secrets, and from every ConfigMap the container takes whole. */
    private static Set<String> environmentNames(List<Map<String, Object>> objects, Map<String, Object> container) {
        Set<String> names = new TreeSet<>(environment(objects, container).keySet());
        list(container.get("env")).forEach(variable -> names.add((String) variable.get("name")));
        return names;
    }

    /** Values the container sees from its ConfigMaps and plain env entries (not from Secrets). */
    private static Map<String, String> environment(List<Map<String, Object>> objects, Map<String, Object> container) {
        Map<String, String> values = new TreeMap<>();
        for (Map<String, Object> source : list(container.get("envFrom"))) {
            assertThat(source).as(container.get("name") + " takes no whole Secret").doesNotContainKey("secretRef");
            String configMap = (String) get(source, "configMapRef.name");
            map(object(objects, "ConfigMap", configMap).get("data")).forEach((key, value) -> values.put(key, String.valueOf(value)));
        }
        values.putAll(explicitEnvironment(container));
        return values;
    }

    private static Map<String, String> explicitEnvironment(Map<String, Object> container) {
        Map<String, String> values = new TreeMap<>();
        for (Map<String, Object> variable : list(container.get("env"))) {
            if (variable.containsKey("value")) {
                values.put((String) variable.get("name"), String.valueOf(variable.get("value")));
            }
        }
        return values;
    }

    private static Map<String, Object> deployment(List<Map<String, Object>> objects, String name) {
        return object(objects, "Deployment", name);
    }

    private static Map<String, Object> container(Map<String, Object> workload) {
        List<Map<String, Object>> containers = list(podSpec(workload).get("containers"));
        assertThat(containers).as(name(workload)).hasSize(1);
        return containers.getFirst();
    }

    private static Map<String, Object> podSpec(Map<String, Object> workload) {
        return map(get(workload, "spec.template.spec"));
    }

    private static Map<String, Object> object(List<Map<String, Object>> objects, String kind, String name) {
        return objects.stream().filter(object -> kind.equals(object.get("kind")) && name.equals(name(object)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static List<String> names(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(object -> kind.equals(object.get("kind"))).map(KubernetesManifestsTests::name).toList();
    }

    private static String name(Map<String, Object> object) {
        return (String) map(object.get("metadata")).get("name");
    }

    private static Object get(Map<String, Object> from, String path) {
        return get(from, path, null);
    }

    private static Object get(Map<String, Object> from, String path, Object fallback) {
        Object current = from;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> level) || !level.containsKey(key)) {
                return fallback;
            }
            current = level.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    /** A YAML tree as Spring's flat property names ({@code a.b[0].c}). */
    private static Map<String, String> flatten(Object tree) {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", tree, flat);
        return flat;
    }

    private static void flatten(String prefix, Object node, Map<String, String> into) {
        if (node instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value, into));
        }
        else if (node instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                flatten(prefix + "[" + i + "]", items.get(i), into);
            }
        }
        else if (node != null) {
            into.put(prefix, String.valueOf(node));
        }
    }

    // --- kubectl

    private static boolean kubectlAvailable() {
        try {
            Process version = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            version.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return version.waitFor(30, TimeUnit.SECONDS) && version.exitValue() == 0;
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<Map<String, Object>> render(Path overlay) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("kustomize", ".log");
        Process kustomize = new ProcessBuilder("kubectl", "kustomize", overlay.toString())
                .redirectError(errors.toFile()).start();
        String output = new String(kustomize.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kustomize.waitFor(60, TimeUnit.SECONDS)).as("kubectl kustomize " + overlay + " finished").isTrue();
        String messages = Files.readString(errors);
        Files.delete(errors);
        assertThat(kustomize.exitValue()).as("kubectl kustomize " + overlay + ":\n" + messages).isZero();
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml().loadAll(new StringReader(output))) {
            if (document != null) {
                objects.add(map(document));
            }
        }
        assertThat(objects).as(overlay + " renders objects").isNotEmpty();
        return objects;
    }
}
