package lu.creativecluster.application.port.out.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import lu.creativecluster.application.port.in.member.Facet;
import lu.creativecluster.application.port.in.member.FacetCount;
import lu.creativecluster.application.port.in.member.MemberSearchQuery;
import lu.creativecluster.application.port.in.member.MemberSearchResult;
import lu.creativecluster.application.port.in.member.MemberSummary;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.member.DuplicateDetector;
import lu.creativecluster.domain.member.DuplicateReason;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberKind;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

/**
 * Contract test: what every adapter of the {@link Members} and {@link MemberSearch} ports must do,
 * whatever it stores members in (the in-memory reference here; JPA on H2 and PostgreSQL in
 * adapters-persistence). Each test starts on an empty store. Public, with protected hooks, so an
 * adapter module's test can extend it from its own package.
 */
public abstract class AbstractMemberSearchContractTest {

  /** The {@link Members} adapter under test, on an empty, migrated store. */
  protected abstract Members members();

  /** The {@link MemberSearch} adapter under test, reading the same store. */
  protected abstract MemberSearch search();

  /** Runs the work in a transaction of its own, committed unless it throws. */
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  protected void inTransaction(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  protected Member stored(Member member) {
    inTransaction(() -> members().add(member));
    return members().byId(member.id()).orElseThrow();
  }

  // ---------------------------------------------------------------- Members

  @Test
  void add_thenById_returnsEveryFieldAsSaved() {
    Member member = SampleMember.everyFieldFilled();

    inTransaction(() -> members().add(member));

    Member read = members().byId(member.id()).orElseThrow();
    assertSameState(member, read);
    assertEquals(0, read.version());
  }

  @Test
  void bySlug_findsTheMember_andSlugTakenSaysSo() {
    Member member = stored(SampleMember.named("Atelier Nord").build());

    assertEquals(member.id(), members().bySlug(new Slug("atelier-nord")).orElseThrow().id());
    assertTrue(members().slugTaken(new Slug("atelier-nord")));
    assertFalse(members().slugTaken(new Slug("atelier-sud")));
    assertEquals(Optional.empty(), members().bySlug(new Slug("atelier-sud")));
  }

  @Test
  void add_withATakenSlug_isRefused() {
    stored(SampleMember.named("Atelier Nord").build());
    Member namesake = SampleMember.named("Atelier Nord").build();

    assertThrows(DuplicateSlugException.class, () -> inTransaction(() -> members().add(namesake)));
  }

  @Test
  void addAll_storesEveryMember_atVersion0_andTheSearchFindsThem() {
    Member full = SampleMember.everyFieldFilled();
    Member nord = SampleMember.named("Atelier Nord").build();
    assertEquals(List.of(), names(query("q", "nord")), "a search cached before the write");

    inTransaction(() -> members().addAll(List.of(full, nord)));

    Member read = members().byId(full.id()).orElseThrow();
    assertSameState(full, read);
    assertEquals(0, read.version());
    assertEquals(0, members().byId(nord.id()).orElseThrow().version());
    assertEquals(List.of("Atelier Nord"), names(query("q", "nord")));
  }

  @Test
  void addAll_withATakenSlug_isRefused() {
    stored(SampleMember.named("Atelier Nord").build());
    Member other = SampleMember.named("Studio Sud").build();
    Member namesake = SampleMember.named("Atelier Nord").build();

    assertThrows(
        DuplicateSlugException.class,
        () -> inTransaction(() -> members().addAll(List.of(other, namesake))));
  }

  @Test
  void save_keepsTheChange_andRaisesTheVersionByOne() {
    Member member = stored(SampleMember.named("Atelier Nord").build());

    member.suspend(SampleMember.STAFF, SampleMember.T0.plusSeconds(600), "unpaid fees");
    inTransaction(() -> members().save(member));

    Member read = members().byId(member.id()).orElseThrow();
    assertEquals(MemberStatus.SUSPENDED, read.status());
    assertEquals("unpaid fees", read.history().get(2).reason());
    assertEquals(1, read.version());
  }

  @Test
  void generation_changesWithEveryAddAndSave_soWhatWasComputedBeforeIsNotUsedAgain() {
    long empty = search().generation();
    Member member = stored(SampleMember.named("Atelier Nord").build());
    long added = search().generation();
    assertNotEquals(empty, added);
    assertEquals(added, search().generation(), "reading changes nothing");

    member.suspend(SampleMember.STAFF, SampleMember.T0.plusSeconds(600), "unpaid fees");
    inTransaction(() -> members().save(member));

    assertNotEquals(added, search().generation());
  }

  @Test
  void save_fromAStaleVersion_isRefused_andTheStoredStateStays() {
    Member member = stored(SampleMember.named("Atelier Nord").build());
    Member first = members().byId(member.id()).orElseThrow();
    Member second = members().byId(member.id()).orElseThrow();
    first.suspend(SampleMember.STAFF, SampleMember.T0.plusSeconds(600), "unpaid fees");
    inTransaction(() -> members().save(first));

    second.leave(SampleMember.STAFF, SampleMember.T0.plusSeconds(700), "");
    assertThrows(
        ConcurrentUpdateException.class, () -> inTransaction(() -> members().save(second)));

    assertEquals(MemberStatus.SUSPENDED, members().byId(member.id()).orElseThrow().status());
  }

  @Test
  void byStatus_listsOnlyThatStatus_oldestApplicationFirst() {
    stored(
        SampleMember.named("Later").appliedAt(SampleMember.T0.plusSeconds(50)).applied().build());
    stored(SampleMember.named("Earlier").appliedAt(SampleMember.T0).applied().build());
    stored(SampleMember.named("Active One").build());

    List<String> names =
        members().byStatus(MemberStatus.APPLIED).stream().map(Member::displayName).toList();

    assertEquals(List.of("Earlier", "Later"), names);
  }

  @Test
  void aMergedAndAnErasedRecord_roundTripWithTheirHistory() {
    Member survivor = stored(SampleMember.named("Atelier Nord").build());
    Member duplicate = stored(SampleMember.named("Atelier Nord Sàrl").applied().build());
    survivor.mergeFrom(duplicate, SampleMember.STAFF, SampleMember.T0.plusSeconds(900));
    inTransaction(
        () -> {
          members().save(survivor);
          members().save(duplicate);
        });
    Member erased = stored(SampleMember.everyFieldFilled());
    erased.erase(SampleMember.STAFF, SampleMember.T0.plusSeconds(950));
    inTransaction(() -> members().save(erased));

    assertSameState(survivor, members().byId(survivor.id()).orElseThrow());
    assertSameState(duplicate, members().byId(duplicate.id()).orElseThrow());
    assertSameState(erased, members().byId(erased.id()).orElseThrow());
  }

  @Test
  void duplicateCandidates_includeSameEmailSameWebsiteAndSimilarName_butNeverItselfOrMerged() {
    Member byEmail = stored(SampleMember.named("Completely Other").email("HELLO@nord.lu").build());
    Member byWebsite = stored(SampleMember.named("Another Name").website("http://nord.lu").build());
    Member byName = stored(SampleMember.named("Atelier Nord S.à r.l.").build());
    Member survivor = stored(SampleMember.named("Survivor Record").build());
    Member merged = stored(SampleMember.named("Atelier Nord GmbH").applied().build());
    survivor.mergeFrom(merged, SampleMember.STAFF, SampleMember.T0.plusSeconds(900));
    inTransaction(
        () -> {
          members().save(survivor);
          members().save(merged);
        });
    Member applicant =
        stored(
            SampleMember.named("Atelier Nord")
                .email("hello@nord.lu")
                .website("https://www.nord.lu/")
                .applied()
                .build());

    List<Member> candidates = members().duplicateCandidatesFor(applicant);
    var flagged = DuplicateDetector.candidatesFor(applicant, candidates);

    assertTrue(candidates.stream().noneMatch(m -> m.id().equals(applicant.id())));
    assertTrue(candidates.stream().noneMatch(m -> m.id().equals(merged.id())));
    Map<String, Set<DuplicateReason>> reasons = new LinkedHashMap<>();
    flagged.forEach(c -> reasons.put(c.displayName(), c.reasons()));
    assertEquals(
        Map.of(
            byEmail.displayName(), Set.of(DuplicateReason.SAME_EMAIL),
            byWebsite.displayName(), Set.of(DuplicateReason.SAME_WEBSITE),
            byName.displayName(), Set.of(DuplicateReason.SIMILAR_NAME)),
        reasons);
  }

  // ---------------------------------------------------------------- MemberSearch

  /**
   * The directory every search test runs on: six active members and one application.
   *
   * <pre>
   * name                  sectors                        country kind         languages markets wants
   * Céramique Créée       crafts-manufacturing           LU      company      fr        BE FR
   * Kunsthandwerk Müller  crafts-manufacturing, design   DE      freelancer   de        DE
   * Studio Pixel          gaming                         LU      company      en        US      JP
   * Animation Works       film-audiovisual               BE      company      fr en     FR
   * Bureau Lumière        architecture                   LU      institution  fr
   * Harmonie Nord         music                          LU      association  lb de
   * Atelier Versteckt     design (applied, not public)   LU      company
   * </pre>
   */
  protected void seedDirectory() {
    List<Member> all = new ArrayList<>();
    all.add(
        SampleMember.named("Céramique Créée")
            .sectors("crafts-manufacturing")
            .in("Esch-sur-Alzette", "LU")
            .languages("fr")
            .markets("FR", "BE")
            .keywords("keramik")
            .pitch(Language.FR, "Pièces créées à la main.")
            .appliedAt(SampleMember.T0.plusSeconds(1_000))
            .build());
    all.add(
        SampleMember.named("Kunsthandwerk Müller")
            .kind(MemberKind.FREELANCER)
            .sectors("crafts-manufacturing", "design")
            .in("Trier", "DE")
            .languages("de")
            .markets("DE")
            .pitch(Language.DE, "Holz und Metall.")
            .appliedAt(SampleMember.T0.plusSeconds(2_000))
            .build());
    all.add(
        SampleMember.named("Studio Pixel")
            .sectors("gaming")
            .languages("en")
            .markets("US")
            .wants("JP")
            .keywords("animation")
            .skills("Motion design")
            .pitch(Language.EN, "Games for small screens.")
            .appliedAt(SampleMember.T0.plusSeconds(3_000))
            .build());
    all.add(
        SampleMember.named("Animation Works")
            .sectors("film-audiovisual")
            .in("Arlon", "BE")
            .languages("fr", "en")
            .markets("FR")
            .pitch(Language.EN, "Short films.")
            .appliedAt(SampleMember.T0.plusSeconds(4_000))
            .build());
    all.add(
        SampleMember.named("Bureau Lumière")
            .kind(MemberKind.INSTITUTION)
            .sectors("architecture")
            .languages("fr")
            .pitch(Language.EN, "Animation of public spaces.")
            .appliedAt(SampleMember.T0.plusSeconds(5_000))
            .build());
    all.add(
        SampleMember.named("Harmonie Nord")
            .kind(MemberKind.ASSOCIATION)
            .sectors("music")
            .in("Ettelbruck", "LU")
            .languages("lb", "de")
            .pitch(Language.DE, "Blasmusik seit 1920.")
            .description(
                Map.of(
                    Language.DE, "Wir machen Musik und Animation für Kinder.",
                    Language.FR, "Concerts et spectacles pour enfants."))
            .appliedAt(SampleMember.T0.plusSeconds(6_000))
            .build());
    all.add(
        SampleMember.named("Atelier Versteckt")
            .keywords("animation", "keramik")
            .applied()
            .appliedAt(SampleMember.T0.plusSeconds(7_000))
            .build());
    inTransaction(() -> all.forEach(members()::add));
  }

  @Test
  void anEmptyQuery_findsEveryActiveMember_byName() {
    seedDirectory();

    MemberSearchResult result = search().search(MemberSearchQuery.everything());

    assertEquals(
        List.of(
            "Animation Works",
            "Bureau Lumière",
            "Céramique Créée",
            "Harmonie Nord",
            "Kunsthandwerk Müller",
            "Studio Pixel"),
        names(result));
    assertEquals(6, result.page().totalItems());
    assertTrue(result.items().stream().allMatch(i -> i.status() == MemberStatus.ACTIVE));
  }

  @Test
  void byName_ignoresAccentsAndCase() {
    inTransaction(
        () -> {
          members().add(SampleMember.named("Zeta Films").build());
          members().add(SampleMember.named("Éclat Studio").build());
          members().add(SampleMember.named("atelier Nord").build());
          members().add(SampleMember.named("Ecole Nord").build());
        });

    assertEquals(
        List.of("atelier Nord", "Éclat Studio", "Ecole Nord", "Zeta Films"),
        names(query("sort", "name")));
  }

  @Test
  void search_ignoresAccentsAndCase() {
    seedDirectory();

    assertEquals(List.of("Céramique Créée"), names(query("q", "creee")));
    assertEquals(List.of("Céramique Créée"), names(query("q", "CÉRAMIQUE")));
    assertEquals(List.of("Kunsthandwerk Müller"), names(query("q", "kunsthandwerk")));
    assertEquals(List.of("Kunsthandwerk Müller"), names(query("q", "Muller")));
  }

  @Test
  void search_toleratesOneTypoInWordsOfFiveOrMoreCharacters() {
    seedDirectory();

    assertEquals(List.of("Kunsthandwerk Müller"), names(query("q", "kunsthandwrk")));
    assertEquals(List.of("Céramique Créée"), names(query("q", "ceramqiue")));
    assertEquals(List.of(), names(query("q", "pixl")), "no typo tolerance under 5 characters");
    assertEquals(List.of(), names(query("q", "kunsthndwrk")), "two typos are too many");
  }

  @Test
  void search_findsWordsByTheirBeginning() {
    seedDirectory();

    assertEquals(List.of("Kunsthandwerk Müller"), names(query("q", "kunst")));
    assertEquals(List.of("Harmonie Nord"), names(query("q", "blasmus")));
  }

  @Test
  void search_needsEveryWord_inAnyField() {
    seedDirectory();

    assertEquals(List.of("Studio Pixel"), names(query("q", "studio animation")));
    assertEquals(List.of(), names(query("q", "studio lumiere")));
  }

  @Test
  void search_coversDescriptionsInEveryLanguage_keywordsAndSkills() {
    seedDirectory();

    assertEquals(List.of("Harmonie Nord"), names(query("q", "spectacles")));
    assertEquals(List.of("Harmonie Nord"), names(query("q", "kinder")));
    assertEquals(List.of("Céramique Créée"), names(query("q", "keramik")));
    assertEquals(List.of("Studio Pixel"), names(query("q", "motion")));
  }

  @Test
  void relevance_ranksNameOverKeywordsOverPitchOverDescription_andHidesApplications() {
    seedDirectory();

    assertEquals(
        List.of("Animation Works", "Studio Pixel", "Bureau Lumière", "Harmonie Nord"),
        names(query("q", "animation")));
  }

  @Test
  void relevance_ranksAnExactWordOverATypo() {
    inTransaction(
        () -> {
          members().add(SampleMember.named("Design Lab").build());
          members().add(SampleMember.named("Desing Lab").build());
        });

    // By name "Design Lab" would come first: the exact word outranks the typo.
    assertEquals(
        List.of("Desing Lab", "Design Lab"), names(query("q", "desing", "sort", "relevance")));
  }

  @Test
  void filters_combineWithOrWithinAFacet_andWithAndAcrossFacets() {
    seedDirectory();

    assertEquals(
        List.of("Harmonie Nord", "Studio Pixel"),
        names(query("sector", "music", "sector", "gaming")));
    assertEquals(
        List.of("Kunsthandwerk Müller"),
        names(query("sector", "crafts-manufacturing", "country", "DE")));
    assertEquals(List.of("Kunsthandwerk Müller"), names(query("sector", "design")));
    assertEquals(List.of("Animation Works", "Céramique Créée"), names(query("market", "FR")));
    assertEquals(List.of("Studio Pixel"), names(query("wants", "JP")));
    assertEquals(List.of("Harmonie Nord", "Kunsthandwerk Müller"), names(query("language", "de")));
    assertEquals(List.of("Harmonie Nord"), names(query("kind", "association")));
    assertEquals(List.of("Céramique Créée"), names(query("keyword", "keramik")));
    assertEquals(List.of("Bureau Lumière"), names(query("q", "animation", "kind", "institution")));
  }

  @Test
  void facetCounts_sayWhatAddingAValueWouldLeave_ignoringTheFacetsOwnFilter() {
    seedDirectory();

    MemberSearchResult result = query("sector", "crafts-manufacturing");

    assertEquals(
        List.of(
            new FacetCount("crafts-manufacturing", 2),
            new FacetCount("architecture", 1),
            new FacetCount("design", 1),
            new FacetCount("film-audiovisual", 1),
            new FacetCount("gaming", 1),
            new FacetCount("music", 1)),
        result.facet(Facet.SECTOR));
    assertEquals(
        List.of(new FacetCount("DE", 1), new FacetCount("LU", 1)), result.facet(Facet.COUNTRY));
    assertEquals(
        List.of(new FacetCount("company", 1), new FacetCount("freelancer", 1)),
        result.facet(Facet.KIND));
    assertEquals(
        List.of(new FacetCount("DE", 1), new FacetCount("BE", 1), new FacetCount("FR", 1)).stream()
            .sorted(
                java.util.Comparator.comparingLong(FacetCount::count)
                    .reversed()
                    .thenComparing(FacetCount::value))
            .toList(),
        result.facet(Facet.MARKET));
    assertEquals(
        List.of(new FacetCount("de", 1), new FacetCount("fr", 1)), result.facet(Facet.LANGUAGE));
  }

  @Test
  void facetCounts_followTheTextQuery_andListASelectedValueEvenAtZero() {
    seedDirectory();

    MemberSearchResult animation = query("q", "animation");
    assertEquals(
        List.of(new FacetCount("LU", 3), new FacetCount("BE", 1)), animation.facet(Facet.COUNTRY));

    MemberSearchResult none = query("sector", "music", "country", "DE");
    assertEquals(0, none.page().totalItems());
    assertEquals(
        List.of(new FacetCount("LU", 1), new FacetCount("DE", 0)), none.facet(Facet.COUNTRY));
    assertEquals(
        List.of(
            new FacetCount("crafts-manufacturing", 1),
            new FacetCount("design", 1),
            new FacetCount("music", 0)),
        none.facet(Facet.SECTOR));
  }

  @Test
  void pages_splitTheOrderedResult_andCarryTheTotals() {
    seedDirectory();
    List<String> all = names(query());

    List<String> paged = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      MemberSearchResult result = query("size", "2", "page", Integer.toString(page));
      assertEquals(6, result.page().totalItems());
      assertEquals(3, result.page().totalPages());
      assertEquals(page, result.page().number());
      assertEquals(2, result.page().size());
      paged.addAll(names(result));
    }
    assertEquals(all, paged);

    MemberSearchResult beyond = query("size", "2", "page", "3");
    assertEquals(List.of(), beyond.items());
    assertEquals(6, beyond.page().totalItems());
    assertEquals(0, query("q", "nothingmatchesthis").page().totalPages());
  }

  @Test
  void newest_putsTheMostRecentlyApprovedFirst() {
    seedDirectory();

    assertEquals(
        List.of(
            "Harmonie Nord",
            "Bureau Lumière",
            "Animation Works",
            "Studio Pixel",
            "Kunsthandwerk Müller",
            "Céramique Créée"),
        names(query("sort", "newest")));
  }

  @Test
  void otherStatuses_areSearchedOnlyWhenAsked() {
    seedDirectory();

    MemberSearchResult applied = query("status", "applied", "q", "animation");
    assertEquals(List.of("Atelier Versteckt"), names(applied));
    assertEquals(MemberStatus.APPLIED, applied.items().get(0).status());
    assertEquals(7, query("status", "applied", "status", "active").page().totalItems());
  }

  @Test
  void results_carryWhatACardShows() {
    seedDirectory();

    MemberSummary card = query("q", "harmonie").items().get(0);

    assertEquals(new Slug("harmonie-nord"), card.slug());
    assertEquals("Ettelbruck", card.location().commune());
    assertEquals("Blasmusik seit 1920.", card.pitch().preferably(Language.DE));
    assertEquals("music", card.sectors().primary().value());
    assertEquals(MemberKind.ASSOCIATION, card.kind());
    assertTrue(card.memberSince().isPresent());
  }

  // ---------------------------------------------------------------- helpers

  /** Searches with URL-style parameters given as name, value, name, value, … */
  protected MemberSearchResult query(String... nameValuePairs) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      parameters
          .computeIfAbsent(nameValuePairs[i], k -> new ArrayList<>())
          .add(nameValuePairs[i + 1]);
    }
    return search().search(MemberSearchQuery.fromParameters(parameters));
  }

  protected static List<String> names(MemberSearchResult result) {
    return result.items().stream().map(MemberSummary::displayName).toList();
  }

  // Issue 8, member data: the records an account manages.
  @Test
  void byOwner_findsTheAccountsLiveRecords_only() {
    lu.creativecluster.domain.account.AccountId account =
        lu.creativecluster.domain.account.AccountId.newId();
    Member mine = SampleMember.named("Mine Studio").build();
    mine.linkOwner(account);
    Member waiting = SampleMember.named("Mine Too").applied().build();
    waiting.linkOwner(account);
    Member erased = SampleMember.named("Was Mine").build();
    erased.linkOwner(account);
    erased.erase(SampleMember.STAFF, SampleMember.T0.plusSeconds(900));
    Member someoneElses = SampleMember.named("Not Mine").build();
    someoneElses.linkOwner(lu.creativecluster.domain.account.AccountId.newId());
    for (Member member : List.of(mine, waiting, erased, someoneElses)) {
      stored(member);
    }

    List<String> owned =
        inTransaction(
            () -> members().byOwner(account).stream().map(Member::displayName).sorted().toList());

    assertEquals(List.of("Mine Studio", "Mine Too"), owned);
  }

  /** Every field the aggregate exposes, compared one by one so a failure names the field. */
  protected static void assertSameState(Member expected, Member actual) {
    assertEquals(expected.id(), actual.id(), "id");
    assertEquals(expected.slug(), actual.slug(), "slug");
    assertEquals(expected.profile(), actual.profile(), "profile");
    assertEquals(expected.contact(), actual.contact(), "contact");
    assertEquals(expected.privateDetails(), actual.privateDetails(), "privateDetails");
    assertEquals(expected.status(), actual.status(), "status");
    assertEquals(expected.history(), actual.history(), "history");
    assertEquals(expected.owner(), actual.owner(), "owner");
    assertEquals(expected.mergedInto(), actual.mergedInto(), "mergedInto");
    assertEquals(expected.distinctFrom(), actual.distinctFrom(), "distinctFrom");
    assertEquals(expected.appliedAt(), actual.appliedAt(), "appliedAt");
    assertEquals(expected.memberSince(), actual.memberSince(), "memberSince");
  }
}
