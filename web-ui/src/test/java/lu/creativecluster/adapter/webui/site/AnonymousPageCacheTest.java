package lu.creativecluster.adapter.webui.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

class AnonymousPageCacheTest {

  private long now;
  private final AnonymousPageCache cache =
      new AnonymousPageCache(Duration.ofSeconds(30), () -> now);

  private static RenderedPage page(String body) {
    return page(body, List.of());
  }

  private static RenderedPage page(String body, List<Map.Entry<String, String>> headers) {
    return new RenderedPage(200, "text/html", headers, body.getBytes(StandardCharsets.UTF_8));
  }

  private static String body(RenderedPage page) {
    return new String(page.body(), StandardCharsets.UTF_8);
  }

  @Test
  void aBriefPage_isReplayedWithinTheFreshnessTime_andRenderedAgainAfterIt() {
    LocalizedPath events = new LocalizedPath(Language.EN, Page.EVENTS);
    cache.keep(events, null, page("events at 0 s"));

    now += Duration.ofSeconds(29).toNanos();
    assertEquals("events at 0 s", body(cache.get(events, null).orElseThrow()));
    now += Duration.ofSeconds(1).toNanos();
    assertTrue(cache.get(events, null).isEmpty(), "thirty seconds on, the page is rendered anew");
  }

  @Test
  void eachQueryStringAndLanguage_isKeptApart() {
    LocalizedPath en = new LocalizedPath(Language.EN, Page.EVENTS);
    LocalizedPath de = new LocalizedPath(Language.DE, Page.EVENTS);
    cache.keep(en, null, page("first"));
    cache.keep(en, "past=1", page("older"));
    cache.keep(de, null, page("erste"));

    assertEquals("first", body(cache.get(en, null).orElseThrow()));
    assertEquals("older", body(cache.get(en, "past=1").orElseThrow()));
    assertEquals("erste", body(cache.get(de, null).orElseThrow()));
    assertTrue(cache.get(en, "past=2").isEmpty());
  }

  @Test
  void releasePages_areKeptForTheDeployment() {
    LocalizedPath home = new LocalizedPath(Language.FR, Page.HOME);
    cache.keep(home, null, page("accueil"));

    now += Duration.ofDays(30).toNanos();
    assertEquals("accueil", body(cache.get(home, null).orElseThrow()));
  }

  @Test
  void aPageThatSetsACookie_orIsNoFullPage_isNotKept() {
    LocalizedPath impact = new LocalizedPath(Language.EN, Page.IMPACT);
    cache.keep(impact, null, page("personal", List.of(Map.entry("Set-Cookie", "JSESSIONID=x"))));
    assertTrue(cache.get(impact, null).isEmpty());

    cache.keep(impact, null, new RenderedPage(500, "text/html", List.of(), new byte[0]));
    assertTrue(cache.get(impact, null).isEmpty());
  }

  @Test
  void visitorsQueryStrings_cannotGrowTheCacheWithoutBound() {
    LocalizedPath projects = new LocalizedPath(Language.EN, Page.PROJECTS);
    for (int i = 0; i < AnonymousPageCache.CAPACITY + 50; i++) {
      cache.keep(projects, "q=" + i, page("page " + i));
    }
    assertTrue(cache.get(projects, "q=0").isEmpty(), "the least recently used goes first");
    assertEquals(
        "page " + (AnonymousPageCache.CAPACITY + 49),
        body(cache.get(projects, "q=" + (AnonymousPageCache.CAPACITY + 49)).orElseThrow()));
  }
}
