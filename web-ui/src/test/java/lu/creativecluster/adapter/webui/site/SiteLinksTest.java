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
            new NavigationLink("nav.sectors", "/fr/sectors", true),
            new NavigationLink("nav.members", "/fr/members", false),
            new NavigationLink("nav.partners", "/fr/partners", false),
            new NavigationLink("nav.missions", "/fr/missions", false),
            new NavigationLink("nav.exportOverview", "/fr/export", false),
            new NavigationLink("nav.events", "/fr/events", false),
            new NavigationLink("nav.impact", "/fr/impact", false)),
        links.navigation());
  }

  @Test
  void navigation_offersTheStaffArea_onlyToThoseWhoMayOpenIt() {
    SiteLinks links = new SiteLinks(Language.EN, Page.HOME, "", ORIGIN);

    assertEquals(
        List.of(
            "nav.home",
            "nav.sectors",
            "nav.members",
            "nav.partners",
            "nav.missions",
            "nav.exportOverview",
            "nav.events",
            "nav.impact"),
        links.navigation(p -> p.audience() == Audience.EVERYONE).stream()
            .map(NavigationLink::labelKey)
            .toList());
    assertEquals(
        List.of(
            new NavigationLink("nav.home", "/en/", true),
            new NavigationLink("nav.sectors", "/en/sectors", false),
            new NavigationLink("nav.members", "/en/members", false),
            new NavigationLink("nav.partners", "/en/partners", false),
            new NavigationLink("nav.missions", "/en/missions", false),
            new NavigationLink("nav.exportOverview", "/en/export", false),
            new NavigationLink("nav.events", "/en/events", false),
            new NavigationLink("nav.impact", "/en/impact", false),
            new NavigationLink("nav.staff", "/en/staff/", false)),
        links.navigation(p -> true));
  }

  @Test
  void navigation_neverListsTheAccountPages() {
    SiteLinks links = new SiteLinks(Language.EN, Page.SIGN_IN, "", ORIGIN);

    assertTrue(
        links.navigation(p -> true).stream()
            .noneMatch(
                l -> l.labelKey().equals("nav.signIn") || l.labelKey().equals("nav.auditLog")));
  }

  @Test
  void languageSwitch_keepsTheQuery_soAOneTimeLinkSurvivesIt_butAlternatesDoNot() {
    SiteLinks links = new SiteLinks(Language.DE, Page.SET_PASSWORD, "", ORIGIN, "token=abc");

    assertEquals(
        List.of(
            "/de/set-password?token=abc",
            "/fr/set-password?token=abc",
            "/en/set-password?token=abc"),
        links.languages().stream().map(LanguageLink::href).toList());
    assertEquals(
        List.of(ORIGIN + "/fr/set-password", ORIGIN + "/en/set-password"),
        links.alternates().stream().map(LanguageLink::absoluteHref).toList());
    assertEquals(ORIGIN + "/de/set-password", links.canonical());
  }

  @Test
  void onAnErrorPage_theLanguageSwitchDropsTheQuery() {
    SiteLinks links = new SiteLinks(Language.DE, null, "", ORIGIN, "token=abc");

    assertEquals(
        List.of("/de/", "/fr/", "/en/"),
        links.languages().stream().map(LanguageLink::href).toList());
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

  @Test
  void aMembersProfile_isCanonicalAndAlternateUnderItsOwnSlug_withoutTheQuery() {
    SiteLinks links =
        new SiteLinks(Language.DE, Page.MEMBER_PROFILE, "", ORIGIN, "utm=x", "atelier-nord");

    assertEquals(ORIGIN + "/de/members/atelier-nord", links.canonical());
    assertEquals(
        List.of(ORIGIN + "/fr/members/atelier-nord", ORIGIN + "/en/members/atelier-nord"),
        links.alternates().stream().map(LanguageLink::absoluteHref).toList());
    assertEquals(
        "/en/members/atelier-nord?utm=x",
        links.languages().stream().filter(l -> l.code().equals("en")).findFirst().get().href());
    assertEquals("/de/members/studio-sud", links.href(Page.MEMBER_PROFILE, "studio-sud"));
  }
}
