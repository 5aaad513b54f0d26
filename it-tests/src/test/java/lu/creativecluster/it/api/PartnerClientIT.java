package lu.creativecluster.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import lu.creativecluster.it.partnerclient.ApiClient;
import lu.creativecluster.it.partnerclient.ApiException;
import lu.creativecluster.it.partnerclient.api.AccessApi;
import lu.creativecluster.it.partnerclient.api.AuditApi;
import lu.creativecluster.it.partnerclient.api.MembersApi;
import lu.creativecluster.it.partnerclient.api.SectorsApi;
import lu.creativecluster.it.partnerclient.model.AuditEventList;
import lu.creativecluster.it.partnerclient.model.Caller;
import lu.creativecluster.it.partnerclient.model.FacetValue;
import lu.creativecluster.it.partnerclient.model.MemberList;
import lu.creativecluster.it.partnerclient.model.MemberProfile;
import lu.creativecluster.it.partnerclient.model.MemberSummary;
import lu.creativecluster.it.partnerclient.model.Problem;
import lu.creativecluster.it.partnerclient.model.Sector;
import lu.creativecluster.it.support.MemberFixtureDeployment;
import lu.creativecluster.it.support.TestMembers;
import lu.creativecluster.it.support.TestTokens;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * The API as a partner's generated client sees it: the build generates a Java client (OpenAPI
 * Generator, library "native") from the document adapters-rest produces from its annotations, and
 * these tests call the running server with it. The same document must equal what /openapi serves,
 * so neither the document nor the API can drift without a test failing.
 */
class PartnerClientIT extends MemberFixtureDeployment {

  private static final Path BUILD_TIME_DOCUMENT =
      Path.of(System.getProperty("it.openapi.document", "target/openapi/openapi.json"));

  @ArquillianResource URL base;

  private String root() {
    return base.toString().replaceFirst("/$", "");
  }

  /** Strict about unknown fields, so a field the server sends but the document omits fails. */
  private ApiClient client() {
    ApiClient client = new ApiClient();
    client.updateBaseUri(root());
    client.setObjectMapper(
        ApiClient.createDefaultObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    return client;
  }

  @Test
  void servedDocument_equalsTheDocumentTheClientWasGeneratedFrom() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode buildTime = json.readTree(BUILD_TIME_DOCUMENT.toFile());
    String servedText = fetch(root() + "/openapi", "application/json");
    JsonNode served = json.readTree(servedText);
    Path servedCopy = BUILD_TIME_DOCUMENT.resolveSibling("served-openapi.json");
    Files.writeString(servedCopy, servedText);

    assertEquals(
        buildTime,
        served,
        () ->
            "/openapi differs from the build-time document the partner client was generated from;"
                + " compare "
                + BUILD_TIME_DOCUMENT
                + " with "
                + servedCopy
                + " (settings that only the server has, or a filter that behaves differently"
                + " there?)");
  }

  @Test
  void listSectors_givesThe12SectorsInOrder_inGerman() throws ApiException {
    List<Sector> sectors = new SectorsApi(client()).listSectors("de");

    assertEquals(12, sectors.size());
    assertEquals(
        IntStream.rangeClosed(1, 12).boxed().toList(),
        sectors.stream().map(Sector::getPosition).toList());
    assertTrue(sectors.stream().allMatch(s -> "de".equals(s.getLang())), sectors::toString);
    Sector music =
        sectors.stream().filter(s -> "music".equals(s.getCode())).findFirst().orElseThrow();
    assertEquals("Musik", music.getName());
    assertFalse(music.getNaceClasses().isEmpty());
  }

  @Test
  void getSector_readsOneSector_inTheRequestedLanguage() throws ApiException {
    Sector music = new SectorsApi(client()).getSector("music", "fr");

    assertEquals("music", music.getCode());
    assertEquals("fr", music.getLang());
    assertEquals("Musique", music.getName());
  }

  @Test
  void getSector_ofAnUnknownCode_isA404_whoseBodyIsTheDocumentedProblem() throws IOException {
    ApiClient client = client();
    ApiException e =
        assertThrows(
            ApiException.class, () -> new SectorsApi(client).getSector("no-such-sector", "en"));

    assertEquals(404, e.getCode());
    assertEquals(
        "application/problem+json",
        e.getResponseHeaders().firstValue("Content-Type").orElse("").split(";")[0].strip());
    Problem problem = client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    assertEquals("urn:creative-cluster:problem:unknown-sector", problem.getType());
    assertEquals(404, problem.getStatus());
  }

  @Test
  void getCaller_withAPartnerToken_isThePartnerWithItsScopes() throws ApiException {
    ApiClient client = client();
    String token = TestTokens.valid("partner-cluster-be", "audit:read");
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));

    Caller caller = new AccessApi(client).getCaller();

    assertEquals(Caller.KindEnum.PARTNER, caller.getKind());
    assertEquals("partner-cluster-be", caller.getId());
    assertEquals(List.of("audit:read"), caller.getScopes());
  }

  @Test
  void searchMembers_withTheGeneratedClient_readsTheEnvelopeWithFacets() throws ApiException {
    String tag = "pc-" + UUID.randomUUID().toString().substring(0, 8);
    TestMembers.Made design =
        TestMembers.create(
            root(),
            Map.of(
                "name", "Client Probe Design " + tag,
                "sector", List.of("design"),
                "keyword", List.of(tag),
                "language", List.of("fr")));
    TestMembers.create(
        root(),
        Map.of(
            "name",
            "Client Probe Music " + tag,
            "sector",
            List.of("music"),
            "keyword",
            List.of(tag),
            "country",
            "DE"));
    ApiClient client = client();
    String token = TestTokens.valid("partner-cluster-be", "members:read");
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    MembersApi members = new MembersApi(client);

    MemberList found =
        members.searchMembers(
            null,
            List.of(tag),
            null,
            null,
            null,
            0,
            null,
            List.of("design"),
            10,
            "name",
            null,
            null);

    assertEquals(
        List.of(design.slug()), found.getItems().stream().map(MemberSummary::getSlug).toList());
    assertEquals(1L, found.getPage().getTotalItems());
    assertEquals(0, found.getPage().getNumber());
    List<FacetValue> sectors = found.getFacets().get("sector");
    assertEquals(
        Map.of("design", 1L, "music", 1L),
        Map.of(
            sectors.get(0).getValue(), sectors.get(0).getCount(),
            sectors.get(1).getValue(), sectors.get(1).getCount()));

    MemberProfile profile = members.getMember(design.slug(), null);
    assertEquals(MemberProfile.ViewEnum.PUBLIC, profile.getView());
    assertEquals(List.of("design"), profile.getSectors());
    assertEquals(null, profile.getPrivateDetails());
  }

  @Test
  void listAuditEvents_withTheGeneratedClient_readsTheEnvelopeWithoutFacets() throws ApiException {
    ApiClient client = client();
    String token = TestTokens.valid("partner-cluster-be", "audit:read");
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));

    AuditEventList log = new AuditApi(client).listAuditEvents(null, 5);

    assertTrue(log.getItems().size() <= 5);
    assertEquals(5, log.getPage().getSize());
    assertEquals(null, log.getPage().getNumber());
    assertTrue(log.getFacets() == null || log.getFacets().isEmpty());
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
