package lu.creativecluster.adapter.webui.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lu.creativecluster.application.port.in.member.Facet;
import lu.creativecluster.application.port.in.member.FacetCount;
import lu.creativecluster.application.port.in.member.MemberSearchQuery;
import lu.creativecluster.application.port.in.member.MemberSearchResult;
import lu.creativecluster.application.port.in.member.MemberSummary;
import lu.creativecluster.application.port.in.member.PageInfo;
import lu.creativecluster.domain.member.Location;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MemberKind;
import lu.creativecluster.domain.member.MemberSectors;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.member.ProfileText;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

class DirectoryViewTest {

  private static final MemberLabels GERMAN =
      new MemberLabels(Language.DE, Map.of("design", "Design", "music", "Musik"));

  private static MemberSearchQuery query(Map<String, List<String>> parameters) {
    return MemberSearchQuery.fromParameters(parameters);
  }

  private static MemberSummary summary(String name, ProfileText pitch) {
    return new MemberSummary(
        MemberId.newId(),
        Slug.derivedFrom(name),
        name,
        MemberKind.COMPANY,
        MemberSectors.of("music", "design"),
        pitch,
        Location.of("Esch-sur-Alzette", "LU"),
        MemberStatus.ACTIVE,
        Optional.of(Instant.parse("2026-05-04T09:00:00Z")));
  }

  @Test
  void theLinks_haveOneStableFormPerSearch_withoutDefaults_andEncoded() {
    DirectoryLinks links = new DirectoryLinks("/de/members", false);
    MemberSearchQuery query =
        query(
            Map.of(
                "q", List.of("Café & co"),
                "sector", List.of("music", "design"),
                "country", List.of("lu"),
                "sort", List.of("name"),
                "status", List.of("applied")));

    assertEquals(
        "/de/members?q=Caf%C3%A9+%26+co&sector=design&sector=music&country=LU&sort=name&page=2",
        links.page(query, 2));
    assertEquals("/de/members", links.page(MemberSearchQuery.everything(), 0));
  }

  @Test
  void facets_countWhatTheSearchCounted_keepATickedValueItDidNot_andReadInThePagesLanguage() {
    MemberSearchQuery query =
        query(Map.of("sector", List.of("design"), "kind", List.of("company")));
    FacetGroup sectors =
        DirectoryView.group(
            Facet.SECTOR,
            query.selected(Facet.SECTOR),
            List.of(new FacetCount("music", 4)),
            GERMAN,
            Map.of());
    FacetGroup countries =
        DirectoryView.group(
            Facet.COUNTRY,
            Map.<String, String>of().keySet(),
            List.of(new FacetCount("LU", 7)),
            GERMAN,
            Map.of());

    assertEquals(
        List.of(
            new FacetOption("facet-sector-design", "design", "Design", 0, true),
            new FacetOption("facet-sector-music", "music", "Musik", 4, false)),
        sectors.options());
    assertEquals("Luxemburg", countries.options().get(0).label());
    assertEquals("members.facet.sector", sectors.labelKey());
  }

  @Test
  void aPageInTheMiddle_linksFirstPreviousNextAndLast() {
    MemberSearchQuery query = query(Map.of("q", List.of("atelier"), "page", List.of("2")));
    MemberSearchResult result =
        new MemberSearchResult(
            List.of(summary("Atelier Nord", ProfileText.in(Language.FR, "Céramique"))),
            PageInfo.of(2, 20, 95),
            Map.of());

    DirectoryView view =
        DirectoryView.of(query, result, GERMAN, new DirectoryLinks("/de/members", false), Map.of());

    assertEquals("/de/members?q=atelier&page=1", view.previousHref());
    assertEquals("/de/members?q=atelier&page=3", view.nextHref());
    assertEquals("/de/members?q=atelier", view.firstHref());
    assertEquals("/de/members?q=atelier&page=4", view.lastHref());
    assertEquals(3, view.getShownPage());
    assertTrue(view.isPaged());
  }

  @Test
  void aCard_showsThePitchInTheVisitorsLanguage_elseTheFirstThereIs_andSaysWhichLanguage() {
    MemberCard french =
        MemberCard.from(summary("Atelier Nord", ProfileText.in(Language.FR, "Céramique")), GERMAN);
    MemberCard german =
        MemberCard.from(
            summary(
                "Atelier Süd",
                new ProfileText(Map.of(Language.FR, "Céramique", Language.DE, "Keramik"))),
            GERMAN);

    assertEquals("Céramique", french.pitch());
    assertEquals("fr", french.pitchLang());
    assertEquals("Keramik", german.pitch());
    assertEquals("de", german.pitchLang());
    assertEquals(List.of("Musik", "Design"), french.sectors());
    assertEquals("Esch-sur-Alzette, Luxemburg", french.place());
  }

  @Test
  void thePublicDirectory_ignoresAStatusInTheUrl_staffSearchEveryStatusByDefault() {
    Map<String, String[]> raw = Map.of("status", new String[] {"applied"}, "q", new String[] {"x"});

    assertEquals(
        MemberSearchQuery.everything().statuses(),
        query(MemberDirectory.parameters(raw, false)).statuses());
    assertEquals(List.of("applied"), MemberDirectory.parameters(raw, true).get("status"));
    assertEquals(
        MemberStatus.values().length,
        query(MemberDirectory.parameters(Map.of(), true)).statuses().size());
  }
}
