package lu.creativecluster.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import lu.creativecluster.it.support.PlatformDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * The served /openapi as partners' tools judge it: Spectral's spectral:oas ruleset, with no error
 * and no warning. Spectral is pinned in src/test/spectral/package-lock.json and installed by the
 * build (npm ci, pre-integration-test) into target/spectral.
 */
class OpenApiLintIT extends PlatformDeployment {

  private static final Path SPECTRAL_DIR =
      Path.of(System.getProperty("it.spectral.dir", "target/spectral")).toAbsolutePath();

  @ArquillianResource URL base;

  private String openApi() {
    return base.toString().replaceFirst("/$", "") + "/openapi";
  }

  @Test
  void servedDocument_passesSpectralOas_withoutErrorsOrWarnings() throws Exception {
    Path yaml = SPECTRAL_DIR.resolve("served-openapi.yaml");
    Files.writeString(yaml, fetch(openApi(), "application/yaml"));

    Lint lint = spectral(yaml);

    assertEquals(0, lint.exitCode(), () -> "Spectral on " + yaml + ":\n" + lint.output());
  }

  /** The check above could pass by not checking: the same lint must reject a flawed copy. */
  @Test
  void spectral_rejectsTheServedDocument_withAnOperationIdRemoved() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode document = (ObjectNode) json.readTree(fetch(openApi(), "application/json"));
    ((ObjectNode) document.at("/paths/~1api~1v1~1sectors/get")).remove("operationId");
    Path flawed = SPECTRAL_DIR.resolve("flawed-openapi.json");
    json.writeValue(flawed.toFile(), document);

    Lint lint = spectral(flawed);

    assertNotEquals(0, lint.exitCode(), lint::output);
    assertTrue(lint.output().contains("operation-operationId"), lint::output);
  }

  private record Lint(int exitCode, String output) {}

  private static Lint spectral(Path document) throws IOException, InterruptedException {
    Path executable = SPECTRAL_DIR.resolve("node_modules/.bin/spectral");
    assertTrue(
        Files.isExecutable(executable),
        () -> executable + " is missing: the build installs it with npm ci (pre-integration-test)");
    // Output to a file, so a full pipe cannot stall Spectral and the timeout holds.
    Path output = Path.of(document + ".spectral.txt");
    Process process =
        new ProcessBuilder(
                executable.toString(),
                "lint",
                "--ruleset",
                SPECTRAL_DIR.resolve(".spectral.yaml").toString(),
                "--fail-severity=warn",
                document.toString())
            .directory(SPECTRAL_DIR.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("Spectral did not finish within 2 minutes:\n" + read(output));
    }
    return new Lint(process.exitValue(), read(output));
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static String fetch(String url, String accept) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), () -> url + " answered " + response.body());
    return response.body();
  }
}
