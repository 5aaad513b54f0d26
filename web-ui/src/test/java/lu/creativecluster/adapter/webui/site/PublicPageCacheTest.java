package lu.creativecluster.adapter.webui.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

class PublicPageCacheTest {

  private static final LocalizedPath PROFILE =
      new LocalizedPath(Language.EN, Page.MEMBER_PROFILE, "atelier-nord");
  private static final LocalizedPath DIRECTORY = new LocalizedPath(Language.EN, Page.MEMBERS);
  private static final LocalizedPath EVENTS = new LocalizedPath(Language.EN, Page.EVENTS);
  private static final LocalizedPath HOME = new LocalizedPath(Language.FR, Page.HOME);

  private long generation = 7;
  private long now = Duration.ofHours(1).toNanos();
  private final PublicPageCache cache =
      new PublicPageCache(() -> generation, Duration.ofSeconds(30), () -> now);

  private static RenderedPage page(int status, String body) {
    return page(status, body, List.of());
  }

  private static RenderedPage page(
      int status, String body, List<Map.Entry<String, String>> headers) {
    return new RenderedPage(status, "text/html", headers, body.getBytes(StandardCharsets.UTF_8));
  }

  private static String body(Optional<RenderedPage> page) {
    return new String(page.orElseThrow().body(), StandardCharsets.UTF_8);
  }

  /** Keeps a page as serve() does: under the token of its kind read now. */
  private PublicPageCache.Key keep(LocalizedPath target, String query, String body) {
    PublicPageCache.Key key = new PublicPageCache.Key(target, query);
    cache.keep(key, cache.token(target.page()), page(200, body));
    return key;
  }

  private Optional<RenderedPage> read(PublicPageCache.Key key) {
    return cache.get(key, cache.token(key.target().page()));
  }

  @Test
  void aMemberPage_isServedOnlyAtTheGenerationItWasRenderedAt() {
    PublicPageCache.Key key = keep(PROFILE, "", "before the edit");
    assertEquals("before the edit", body(read(key)));

    generation = 8;
    assertEquals(Optional.empty(), read(key), "a member changed since: render afresh");
    keep(PROFILE, "", "after the edit");
    assertEquals("after the edit", body(read(key)));
  }

  @Test
  void aBriefPage_isReplayedAtMostThirtySecondsAfterItWasRendered() {
    now = Duration.ofSeconds(3600).toNanos();
    PublicPageCache.Key key = keep(EVENTS, "", "events at 0 s");

    now += Duration.ofSeconds(29).toNanos();
    assertEquals("events at 0 s", body(read(key)));
    now += Duration.ofSeconds(1).toNanos();
    assertEquals(Optional.empty(), read(key), "thirty seconds on, the page is rendered anew");
  }

  @Test
  void releasePages_areKeptForTheDeployment_whateverMembersOrTimeDo() {
    PublicPageCache.Key key = keep(HOME, "", "accueil");

    generation = 99;
    now += Duration.ofDays(30).toNanos();
    assertEquals("accueil", body(read(key)));
  }

  @Test
  void eachLanguageSlugAndQuery_isAPageOfItsOwn() {
    keep(DIRECTORY, "q=atelier", "atelier");
    keep(EVENTS, "past=1", "older");

    assertEquals(Optional.empty(), read(new PublicPageCache.Key(DIRECTORY, "")));
    assertEquals(Optional.empty(), read(new PublicPageCache.Key(DIRECTORY, "q=studio")));
    assertEquals(
        Optional.empty(), read(new PublicPageCache.Key(DIRECTORY.in(Language.DE), "q=atelier")));
    assertEquals(Optional.empty(), read(new PublicPageCache.Key(EVENTS, "")));
    assertEquals("atelier", body(read(new PublicPageCache.Key(DIRECTORY, "q=atelier"))));
    assertEquals("older", body(read(new PublicPageCache.Key(EVENTS, "past=1"))));
  }

  @Test
  void errorsAndPagesThatSetACookie_areNotKept() {
    PublicPageCache.Key error = new PublicPageCache.Key(DIRECTORY, "sector=nope");
    cache.keep(error, cache.token(Page.MEMBERS), page(400, "unknown sector"));
    PublicPageCache.Key withCookie = new PublicPageCache.Key(EVENTS, "");
    cache.keep(
        withCookie,
        cache.token(Page.EVENTS),
        page(200, "with a cookie", List.of(Map.entry("Set-Cookie", "JSESSIONID=abc"))));

    assertEquals(Optional.empty(), read(error));
    assertEquals(Optional.empty(), read(withCookie));
  }

  @Test
  void onlyVisitorsWithoutASession_getKeptPages_andOnlyOfThePublicPagesItKnows() {
    assertTrue(cache.applies(request("GET", false, false, null), PROFILE));
    assertTrue(cache.applies(request("GET", false, false, "past=1"), EVENTS));
    assertTrue(cache.applies(request("GET", false, false, null), HOME));
    assertFalse(cache.applies(request("GET", false, false, "x=1"), HOME), "release pages: plain");
    assertFalse(cache.applies(request("GET", true, false, null), PROFILE), "signed in");
    assertFalse(cache.applies(request("GET", false, true, null), EVENTS), "a session");
    assertFalse(cache.applies(request("POST", false, false, null), DIRECTORY));
    assertFalse(
        cache.applies(
            request("GET", false, false, null), new LocalizedPath(Language.EN, Page.EVENT, "x")),
        "one event carries a registration form");
  }

  @Test
  void withNoFreshnessTime_theBriefPagesAreRenderedEveryTime() {
    PublicPageCache off = new PublicPageCache(() -> 1L, Duration.ZERO, () -> now);
    assertFalse(off.applies(request("GET", false, false, null), EVENTS));
    assertTrue(off.applies(request("GET", false, false, null), DIRECTORY));
  }

  @Test
  void theLeastRecentlyUsedPage_goesFirst_whenTheCacheIsFull() {
    PublicPageCache.Key first = keep(DIRECTORY, "q=0", "0");
    for (int i = 1; i <= PublicPageCache.CAPACITY; i++) {
      keep(DIRECTORY, "q=" + i, "" + i);
    }

    assertEquals(Optional.empty(), read(first));
    assertEquals("1", body(read(new PublicPageCache.Key(DIRECTORY, "q=1"))));
  }

  private static HttpServletRequest request(
      String method, boolean signedIn, boolean session, String query) {
    Principal someone = () -> "person:1";
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "getMethod" -> method;
                  case "getQueryString" -> query;
                  case "getUserPrincipal" -> signedIn ? someone : null;
                  case "getSession" ->
                      session
                          ? Proxy.newProxyInstance(
                              HttpServletRequest.class.getClassLoader(),
                              new Class<?>[] {HttpSession.class},
                              (p, mm, a) -> null)
                          : null;
                  default -> null;
                });
  }
}
