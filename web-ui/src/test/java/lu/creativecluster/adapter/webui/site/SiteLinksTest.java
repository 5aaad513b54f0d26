package lu.creativecluster.adapter.webui.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

class SiteLinksTest {

  private static final String ORIGIN = "https://cluster.example";

  @Test
  void navigation_listsEveryPageInTheCurrentLanguage_andMarksTheCurrentOne() {
    SiteLinks links = new SiteLinks(Language.FR, Page.SECTORS, "", ORIGIN);

    assertEquals(
        List.of(
            new NavigationLink("nav.home", "/fr/", false),
            new NavigationLink("nav.sectors", "/fr/sectors", true)),
        links.navigation());
  }

  @Test
  void languageSwitch_keepsThePage_inEveryLanguage() {
    SiteLinks links = new SiteLinks(Language.DE, Page.SECTORS, "", ORIGIN);

    assertEquals(
        List.of(
            new LanguageLink("de", "language.de", "/de/sectors", ORIGIN + "/de/sectors", true),
            new LanguageLink("fr", "language.fr", "/fr/sectors", ORIGIN + "/fr/sectors", false),
            new LanguageLink("en", "language.en", "/en/sectors", ORIGIN + "/en/sectors", false)),
        links.languages());
  }

  @Test
  void alternates_areTheOtherLanguages() {
    SiteLinks links = new SiteLinks(Language.EN, Page.HOME, "", ORIGIN);

    assertEquals(
        List.of(ORIGIN + "/de/", ORIGIN + "/fr/"),
        links.alternates().stream().map(LanguageLink::absoluteHref).toList());
    assertEquals(ORIGIN + "/en/", links.canonical());
  }

  @Test
  void onAnErrorPage_theLanguageSwitchLeadsHome_andThereAreNoAlternates() {
    SiteLinks links = new SiteLinks(Language.DE, null, "", ORIGIN);

    assertEquals(
        List.of("/de/", "/fr/", "/en/"),
        links.languages().stream().map(LanguageLink::href).toList());
    assertTrue(links.alternates().isEmpty());
    assertEquals("", links.canonical());
    assertTrue(links.navigation().stream().noneMatch(NavigationLink::current));
  }

  @Test
  void links_includeTheContextPath() {
    SiteLinks links = new SiteLinks(Language.EN, Page.HOME, "/cluster", ORIGIN);

    assertEquals("/cluster/en/sectors", links.href(Page.SECTORS));
    assertEquals(ORIGIN + "/cluster/fr/", links.languages().get(1).absoluteHref());
  }
}
