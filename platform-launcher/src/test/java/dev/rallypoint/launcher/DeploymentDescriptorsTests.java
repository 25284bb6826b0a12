package dev.rallypoint.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps docker-compose.yml and monitoring/ honest where Docker cannot run them: every service module
 * runs in compose on the port its own configuration declares, with the connection settings its code
 * reads, and Prometheus scrapes every one of them.
 */
class DeploymentDescriptorsTests {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:([^}]*))?}");

    private static final String DEFAULTS = "service-support/src/main/resources/rallypoint/service-defaults.properties";

    @Test
    void everyServiceModuleRunsInComposeFromItsOwnJar() throws IOException {
        Map<String, Map<String, Object>> compose = composeServices();

        for (String module : serviceModules()) {
            assertThat(compose).as("compose service for " + module).containsKey(module);
            Map<?, ?> build = (Map<?, ?>) compose.get(module).get("build");
            assertThat(((Map<?, ?>) build.get("args")).get("SERVICE")).as(module + " build arg").isEqualTo(module);
        }
        assertThat(Files.readString(ROOT.resolve("Dockerfile"))).contains("${SERVICE}/target/${SERVICE}-");
    }

    @Test
    void eachServiceListensOnThePortItsConfigurationDeclares() throws IOException {
        Map<String, Map<String, Object>> compose = composeServices();

        for (String module : serviceModules()) {
            String declared = placeholders(module).get("PORT");
            assertThat(declared).as(module + " declares ${PORT:<default>}").isNotBlank();
            assertThat(String.valueOf(environment(compose, module).get("PORT"))).as(module + " PORT in compose").isEqualTo(declared);
        }
    }

    @Test
    void composeSetsOnlyVariablesTheCodeReads() throws IOException {
        Map<String, Map<String, Object>> compose = composeServices();

        for (String module : serviceModules()) {
            Set<String> read = placeholders(module).keySet();
            for (String variable : environment(compose, module).keySet()) {
                boolean springProperty = variable.startsWith("MANAGEMENT_") || variable.startsWith("SPRING_");
                assertThat(read.contains(variable) || springProperty)
                        .as(module + " reads " + variable + " set in docker-compose.yml").isTrue();
            }
        }
    }

    @Test
    void composeSetsEveryConnectionTheServiceMakes() throws IOException {
        Map<String, Map<String, Object>> compose = composeServices();

        for (String module : serviceModules()) {
            String configuration = Files.readString(ROOT.resolve(module).resolve("src/main/resources/application.yml"));
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
            Set<String> required = new TreeSet<>();
            if (!module.equals("discovery-service")) {
                required.add("EUREKA_URL");
            }
            if (pom.contains("resource-server")) {
                required.add("JWKS_URI");
            }
            if (configuration.contains("database:")) {
                required.add("POSTGRES_HOST");
            }
            if (pom.contains("data-redis") || pom.contains("redisson")) {
                required.add("REDIS_HOST");
            }
            if (pom.contains("starter-kafka") || pom.contains("events-kafka")) {
                required.add("KAFKA_BOOTSTRAP_SERVERS");
            }
            assertThat(environment(compose, module).keySet()).as(module + " connection settings").containsAll(required);
        }
    }

    @Test
    void prometheusScrapesEveryServiceOnItsPort() throws IOException {
        Map<String, Object> prometheus = load(ROOT.resolve("monitoring/prometheus.yml"));
        Map<String, String> targets = new TreeMap<>();
        for (Object job : (List<?>) prometheus.get("scrape_configs")) {
            Map<?, ?> scrape = (Map<?, ?>) job;
            assertThat(scrape.get("metrics_path")).isEqualTo("/actuator/prometheus");
            Map<?, ?> config = (Map<?, ?>) ((List<?>) scrape.get("static_configs")).getFirst();
            String target = (String) ((List<?>) config.get("targets")).getFirst();
            targets.put(target.substring(0, target.indexOf(':')), target.substring(target.indexOf(':') + 1));
        }

        for (String module : serviceModules()) {
            assertThat(targets).as("scrape target of " + module).containsEntry(module, placeholders(module).get("PORT"));
        }
    }

    @Test
    void grafanaDashboardShowsJvmAndHttpPanelsPerService() throws IOException {
        String dashboard = Files.readString(ROOT.resolve("monitoring/grafana/dashboards/rallypoint-services.json"));

        assertThat(dashboard).contains("http_server_requests_seconds", "jvm_memory_used_bytes", "jvm_gc_pause_seconds",
                "application=~\\\"$application\\\"", "label_values(process_uptime_seconds, application)");
        assertThat(Files.readString(ROOT.resolve("monitoring/grafana/provisioning/dashboards/rallypoint.yml")))
                .contains("/var/lib/grafana/dashboards");
    }

    private static List<String> serviceModules() throws IOException {
        Matcher modules = MODULE.matcher(Files.readString(ROOT.resolve("pom.xml")));
        List<String> services = new java.util.ArrayList<>();
        while (modules.find()) {
            String module = modules.group(1);
            if (Files.readString(ROOT.resolve(module).resolve("pom.xml")).contains("spring-boot-maven-plugin")) {
                services.add(module);
            }
        }
        assertThat(services).hasSize(9);
        return services;
    }

    /** Environment placeholders the service's configuration reads, with their defaults. */
    private static Map<String, String> placeholders(String module) throws IOException {
        Map<String, String> found = new HashMap<>();
        String own = Files.readString(ROOT.resolve(module).resolve("src/main/resources/application.yml"));
        String shared = module.equals("discovery-service") ? "" : Files.readString(ROOT.resolve(DEFAULTS));
        Matcher placeholder = PLACEHOLDER.matcher(own + "\n" + shared);
        while (placeholder.find()) {
            found.putIfAbsent(placeholder.group(1), placeholder.group(3));
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> composeServices() throws IOException {
        return (Map<String, Map<String, Object>>) load(ROOT.resolve("docker-compose.yml")).get("services");
    }

    private static Map<String, Object> environment(Map<String, Map<String, Object>> compose, String module) {
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) compose.get(module).get("environment");
        return environment == null ? Map.of() : environment;
    }

    private static Map<String, Object> load(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(100);
        return new Yaml(options).load(Files.readString(file));
    }
}
