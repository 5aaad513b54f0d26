package lu.creativecluster.adapter.webui.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

class MemberPageCacheTest {

  private static final LocalizedPath PROFILE =
      new LocalizedPath(Language.EN, Page.MEMBER_PROFILE, "atelier-nord");
  private static final LocalizedPath DIRECTORY = new LocalizedPath(Language.EN, Page.MEMBERS);

  private final MemberPageCache cache = new MemberPageCache(() -> 0L);

  @SafeVarargs
  private static RenderedPage page(int status, String body, Map.Entry<String, String>... headers) {
    return new RenderedPage(
        status, "text/html", List.of(headers), body.getBytes(StandardCharsets.UTF_8));
  }

  private static String body(Optional<RenderedPage> page) {
    return new String(page.orElseThrow().body(), StandardCharsets.UTF_8);
  }

  @Test
  void aKeptPage_isServedOnlyAtTheGenerationItWasRenderedAt() {
    MemberPageCache.Key key = new MemberPageCache.Key(PROFILE, "");
    cache.keep(key, 7, page(200, "before the edit"));

    assertEquals("before the edit", body(cache.get(key, 7)));
    assertEquals(Optional.empty(), cache.get(key, 8), "a member changed since: render afresh");

    cache.keep(key, 8, page(200, "after the edit"));
    assertEquals("after the edit", body(cache.get(key, 8)));
    assertEquals(Optional.empty(), cache.get(key, 7));
  }

  @Test
  void eachLanguageSlugAndSearch_isAPageOfItsOwn() {
    cache.keep(new MemberPageCache.Key(DIRECTORY, "q=atelier"), 1, page(200, "atelier"));

    assertEquals(Optional.empty(), cache.get(new MemberPageCache.Key(DIRECTORY, ""), 1));
    assertEquals(Optional.empty(), cache.get(new MemberPageCache.Key(DIRECTORY, "q=studio"), 1));
    assertEquals(
        Optional.empty(),
        cache.get(new MemberPageCache.Key(DIRECTORY.in(Language.DE), "q=atelier"), 1));
    assertEquals("atelier", body(cache.get(new MemberPageCache.Key(DIRECTORY, "q=atelier"), 1)));
  }

  @Test
  void errorsAndPagesThatSetACookie_areNotKept() {
    MemberPageCache.Key key = new MemberPageCache.Key(DIRECTORY, "sector=nope");
    cache.keep(key, 1, page(400, "unknown sector"));
    cache.keep(
        new MemberPageCache.Key(PROFILE, ""),
        1,
        page(200, "with a cookie", Map.entry("Set-Cookie", "JSESSIONID=abc")));

    assertEquals(Optional.empty(), cache.get(key, 1));
    assertEquals(Optional.empty(), cache.get(new MemberPageCache.Key(PROFILE, ""), 1));
  }

  @Test
  void onlyVisitorsWithoutASession_getKeptPages_andOnlyOfTheMemberPages() {
    assertTrue(cache.applies(request("GET", false, false), PROFILE));
    assertTrue(cache.applies(request("GET", false, false), DIRECTORY));
    assertFalse(cache.applies(request("GET", true, false), PROFILE), "signed in");
    assertFalse(cache.applies(request("GET", false, true), PROFILE), "a session");
    assertFalse(cache.applies(request("POST", false, false), DIRECTORY));
    assertFalse(
        cache.applies(request("GET", false, false), new LocalizedPath(Language.EN, Page.HOME)));
  }

  @Test
  void theLeastRecentlyUsedPage_goesFirst_whenTheCacheIsFull() {
    MemberPageCache.Key first = new MemberPageCache.Key(DIRECTORY, "q=0");
    cache.keep(first, 1, page(200, "0"));
    for (int i = 1; i <= MemberPageCache.CAPACITY; i++) {
      cache.keep(new MemberPageCache.Key(DIRECTORY, "q=" + i), 1, page(200, "" + i));
    }

    assertEquals(Optional.empty(), cache.get(first, 1));
    assertEquals("1", body(cache.get(new MemberPageCache.Key(DIRECTORY, "q=1"), 1)));
  }

  private static HttpServletRequest request(String method, boolean signedIn, boolean session) {
    Principal someone = () -> "person:1";
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "getMethod" -> method;
                  case "getUserPrincipal" -> signedIn ? someone : null;
                  case "getSession" ->
                      session
                          ? Proxy.newProxyInstance(
                              HttpServletRequest.class.getClassLoader(),
                              new Class<?>[] {jakarta.servlet.http.HttpSession.class},
                              (p, mm, a) -> null)
                          : null;
                  default -> null;
                });
  }
}
