package lu.creativecluster.adapter.webui.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
      strings = {"/xx/sectors", "/it/", "/DE/sectors", "/de-LU/", "/festivals", "/apis", "//"})
  void unknownLanguageOrPage_isNotFound_inThePreferredLanguage(String path) {
    assertEquals(new Route.NotFound(Language.FR), get(path, Language.FR));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/de/festivals",
        "/de/members/Atelier",
        "/de/members/atelier-nord/delete",
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
    assertEquals(new Route.NotFound(Language.EN), get("/festivals.xhtml", Language.EN));
  }

  @Test
  void postToAView_isNotFound_becauseFormsPostToTheirLanguageUrl() {
    assertEquals(
        new Route.NotFound(Language.EN),
        LocalizedPath.route("/sectors.xhtml", "POST", Language.EN));
    assertEquals(
        new Route.NotFound(Language.DE),
        LocalizedPath.route("/staff/index.xhtml", "POST", Language.DE));
    assertEquals(
        new Route.Redirect("/en/sectors", false),
        LocalizedPath.route("/sectors.xhtml", "HEAD", Language.EN));
  }

  @Test
  void postToALanguageUrl_forwardsToTheView_soFormPostbacksKeepTheirLanguage() {
    assertEquals(
        forwardTo(Language.FR, Page.SIGN_IN),
        LocalizedPath.route("/fr/sign-in", "POST", Language.EN));
  }

  @Test
  void staffArea_isAFolder_andItsAuditLogAPageInside() {
    assertEquals("/de/staff/", new LocalizedPath(Language.DE, Page.STAFF).path());
    assertEquals("/de/staff/audit", new LocalizedPath(Language.DE, Page.AUDIT_LOG).path());
    assertEquals(forwardTo(Language.DE, Page.STAFF), get("/de/staff/", Language.EN));
    assertEquals(forwardTo(Language.EN, Page.AUDIT_LOG), get("/en/staff/audit", Language.DE));
  }

  @Test
  void staffAreaWithoutTrailingSlash_redirectsPermanentlyToTheFolder() {
    assertEquals(new Route.Redirect("/fr/staff/", true), get("/fr/staff", Language.EN));
    assertEquals(new Route.Redirect("/fr/staff/audit", true), get("/fr/staff/audit/", Language.EN));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/de/staff/accounts", "/de/staff/audit/x", "/de/staff/index.xhtml/"})
  void unknownPageInTheStaffArea_isNotFound(String path) {
    assertEquals(new Route.NotFound(Language.DE), get(path, Language.EN));
  }

  @Test
  void accountPages_haveTheirLanguageUrls() {
    assertEquals(forwardTo(Language.DE, Page.SIGN_IN), get("/de/sign-in", Language.EN));
    assertEquals(
        forwardTo(Language.FR, Page.FORGOT_PASSWORD), get("/fr/forgot-password", Language.EN));
    assertEquals(forwardTo(Language.EN, Page.SET_PASSWORD), get("/en/set-password", Language.DE));
    assertEquals(forwardTo(Language.EN, Page.SIGN_OUT), get("/en/sign-out", Language.DE));
    assertEquals(new Route.Redirect("/de/sign-in", false), get("/sign-in", Language.DE));
    assertEquals(new Route.Redirect("/fr/staff/", false), get("/staff/", Language.FR));
  }

  @Test
  void languageOfPath_readsTheFirstSegmentOnly() {
    assertEquals(Optional.of(Language.DE), LocalizedPath.languageOfPath("/de/staff/"));
    assertEquals(Optional.of(Language.FR), LocalizedPath.languageOfPath("/fr"));
    assertEquals(Optional.empty(), LocalizedPath.languageOfPath("/staff/de/"));
    assertEquals(Optional.empty(), LocalizedPath.languageOfPath("de/"));
    assertEquals(Optional.empty(), LocalizedPath.languageOfPath(null));
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

  @Test
  void aMembersSlug_opensTheirProfile_andItsEditForm_whileApplyIsItsOwnPage() {
    assertEquals(
        new Route.Forward(new LocalizedPath(Language.FR, Page.MEMBER_PROFILE, "atelier-nord")),
        get("/fr/members/atelier-nord", Language.EN));
    assertEquals(
        new Route.Forward(new LocalizedPath(Language.DE, Page.MEMBER_EDIT, "atelier-nord-2")),
        get("/de/members/atelier-nord-2/edit", Language.EN));
    assertEquals(forwardTo(Language.EN, Page.MEMBER_APPLY), get("/en/members/apply", Language.DE));
    assertEquals(forwardTo(Language.EN, Page.MEMBERS), get("/en/members", Language.DE));
    assertEquals(new Route.Redirect("/en/members", true), get("/en/members/", Language.DE));
  }

  @Test
  void aPageAboutOneMember_writesTheSlugIntoItsPath_inEveryLanguage() {
    LocalizedPath profile = new LocalizedPath(Language.DE, Page.MEMBER_PROFILE, "atelier-nord");

    assertEquals("/de/members/atelier-nord", profile.path());
    assertEquals("/fr/members/atelier-nord", profile.in(Language.FR).path());
    assertEquals(
        "/en/members/atelier-nord/edit",
        new LocalizedPath(Language.EN, Page.MEMBER_EDIT, "atelier-nord").path());
    assertThrows(
        IllegalArgumentException.class, () -> new LocalizedPath(Language.DE, Page.MEMBER_PROFILE));
    assertThrows(
        IllegalArgumentException.class,
        () -> new LocalizedPath(Language.DE, Page.SECTORS, "atelier-nord"));
  }

  @Test
  void theViewOfAPageAboutOneMember_isNeverOpenedDirectly() {
    assertEquals(new Route.NotFound(Language.EN), get("/member.xhtml", Language.EN));
    assertEquals(new Route.NotFound(Language.EN), get("/member-edit.xhtml", Language.EN));
  }

  @Test
  void theEditForm_needsASignedInPerson_theProfileNobody() {
    assertEquals(Audience.SIGNED_IN, Page.audienceOf(List.of("members", "atelier-nord", "edit")));
    assertEquals(Audience.EVERYONE, Page.audienceOf(List.of("members", "atelier-nord")));
    assertEquals(Audience.EVERYONE, Page.audienceOf(List.of("members", "apply")));
    assertEquals(Audience.STAFF, Page.audienceOf(List.of("staff", "members")));
  }
}
