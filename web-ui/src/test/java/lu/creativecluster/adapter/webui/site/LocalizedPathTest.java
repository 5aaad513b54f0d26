package lu.creativecluster.adapter.webui.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalizedPathTest {

  private static Route get(String path, Language preferred) {
    return LocalizedPath.route(path, "GET", preferred);
  }

  private static Route.Forward forwardTo(Language language, Page page) {
    return new Route.Forward(new LocalizedPath(language, page));
  }

  @Test
  void localizedPath_isLanguageThenSlug() {
    assertEquals("/de/sectors", new LocalizedPath(Language.DE, Page.SECTORS).path());
    assertEquals("/fr/", LocalizedPath.home(Language.FR).path());
    assertEquals(
        "/en/sectors", new LocalizedPath(Language.DE, Page.SECTORS).in(Language.EN).path());
  }

  @Test
  void root_redirectsTemporarilyToTheHomeInThePreferredLanguage() {
    assertEquals(new Route.Redirect("/de/", false), get("/", Language.DE));
    assertEquals(new Route.Redirect("/en/", false), get("", Language.EN));
  }

  @Test
  void languageHome_forwardsToTheHomeView() {
    assertEquals(forwardTo(Language.FR, Page.HOME), get("/fr/", Language.EN));
    assertEquals("/home.xhtml", Page.HOME.viewId());
  }

  @Test
  void languageAndPage_forwardToThePageView_whateverTheVisitorPrefers() {
    assertEquals(forwardTo(Language.DE, Page.SECTORS), get("/de/sectors", Language.FR));
    assertEquals(forwardTo(Language.EN, Page.SECTORS), get("/en/sectors", Language.DE));
    assertEquals("/sectors.xhtml", Page.SECTORS.viewId());
  }

  @Test
  void pathParameters_areIgnored() {
    assertEquals(
        forwardTo(Language.DE, Page.SECTORS), get("/de/sectors;jsessionid=abc", Language.EN));
  }

  @Test
  void languageWithoutTrailingSlash_redirectsPermanentlyToItsHome() {
    assertEquals(new Route.Redirect("/en/", true), get("/en", Language.DE));
  }

  @Test
  void pageWithTrailingSlash_redirectsPermanentlyToItsCanonicalUrl() {
    assertEquals(new Route.Redirect("/de/sectors", true), get("/de/sectors/", Language.EN));
  }

  @Test
  void knownPageWithoutLanguage_redirectsTemporarilyToThePreferredLanguage() {
    assertEquals(new Route.Redirect("/fr/sectors", false), get("/sectors", Language.FR));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/xx/sectors", "/it/", "/DE/sectors", "/de-LU/", "/members", "/apis", "//"})
  void unknownLanguageOrPage_isNotFound_inThePreferredLanguage(String path) {
    assertEquals(new Route.NotFound(Language.FR), get(path, Language.FR));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/de/members",
        "/de/home",
        "/de/sectors/music",
        "/de//",
        "/de/SECTORS",
        "/de/a/b/c"
      })
  void unknownPageInAKnownLanguage_isNotFound_inThatLanguage(String path) {
    assertEquals(new Route.NotFound(Language.DE), get(path, Language.EN));
  }

  @Test
  void directViewRequest_redirectsTemporarilyToItsLanguageUrl() {
    assertEquals(new Route.Redirect("/de/sectors", false), get("/sectors.xhtml", Language.DE));
    assertEquals(new Route.Redirect("/fr/", false), get("/home.xhtml", Language.FR));
  }

  @Test
  void directRequestForAnUnknownView_isNotFound() {
    assertEquals(new Route.NotFound(Language.EN), get("/members.xhtml", Language.EN));
  }

  @Test
  void postToAView_passesThrough_soAFormPostbackIsNotLost() {
    assertEquals(
        new Route.PassThrough(), LocalizedPath.route("/sectors.xhtml", "POST", Language.EN));
    assertEquals(
        new Route.Redirect("/en/sectors", false),
        LocalizedPath.route("/sectors.xhtml", "HEAD", Language.EN));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api",
        "/api/v1/sectors",
        "/api/v1/sectors/music",
        "/openapi",
        "/openapi/ui",
        "/jakarta.faces.resource/css/site.css.xhtml",
        "/resources/css/site.css",
        "/static/logo.png",
        "/favicon.svg",
        "/robots.txt",
        "/de/sectors.pdf"
      })
  void apiOpenApiFacesResourcesAndStaticFiles_passThroughUntouched(String path) {
    assertEquals(new Route.PassThrough(), get(path, Language.DE));
  }

  @Test
  void everyPage_hasAUniqueSlugAndViewAndItsViewFileExists() {
    assertEquals(
        Page.values().length, Arrays.stream(Page.values()).map(Page::slug).distinct().count());
    assertEquals(
        Page.values().length, Arrays.stream(Page.values()).map(Page::viewId).distinct().count());
    for (Page page : Page.values()) {
      Path view = Path.of("src/main/webapp" + page.viewId());
      assertTrue(Files.isRegularFile(view), "missing view " + view);
    }
  }
}
