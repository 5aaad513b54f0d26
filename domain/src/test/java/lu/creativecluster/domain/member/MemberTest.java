package lu.creativecluster.domain.member;

import static lu.creativecluster.domain.member.MemberSamples.CLOCK;
import static lu.creativecluster.domain.member.MemberSamples.STAFF;
import static lu.creativecluster.domain.member.MemberSamples.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.shared.Email;
import org.junit.jupiter.api.Test;

class MemberTest {

  private static final Instant T1 = T0.plusSeconds(3600);
  private static final Instant T2 = T0.plusSeconds(7200);

  @Test
  void anApplication_isNotPublic_andItsHistoryStartsWithTheApplicant() {
    Member member = MemberSamples.applied("Atelier Nord");

    assertEquals(MemberStatus.APPLIED, member.status());
    assertFalse(member.isPublic());
    assertEquals(T0, member.appliedAt());
    MembershipEvent first = member.history().get(0);
    assertEquals(Optional.empty(), first.from());
    assertEquals(MemberStatus.APPLIED, first.to());
    assertEquals("visitor", first.by());
  }

  @Test
  void approvingAnAppliedMember_makesItPublic_andRecordsWhoAndWhen() {
    Member member = MemberSamples.applied("Atelier Nord");

    member.approve(STAFF, T1);

    assertTrue(member.isPublic());
    assertEquals(Optional.of(T1), member.memberSince());
    MembershipEvent event = member.history().get(1);
    assertEquals(STAFF.getName(), event.by());
    assertEquals(T1, event.at());
    assertEquals(Optional.of(MemberStatus.APPLIED), event.from());
    assertEquals(MemberStatus.ACTIVE, event.to());
  }

  @Test
  void rejectingOrSuspending_needsAReason_whichIsRecorded() {
    Member applied = MemberSamples.applied("Atelier Nord");
    assertThrows(MissingReasonException.class, () -> applied.reject(STAFF, T1, " "));
    applied.reject(STAFF, T1, "not a creative business");
    assertEquals(MemberStatus.REJECTED, applied.status());
    assertEquals("not a creative business", applied.history().get(1).reason());

    Member active = MemberSamples.active("Studio Süd");
    assertThrows(MissingReasonException.class, () -> active.suspend(STAFF, T1, null));
    assertEquals(MemberStatus.ACTIVE, active.status());
  }

  @Test
  void aSuspendedMember_isHiddenUntilReinstated_andKeepsItsFirstMembershipDate() {
    Member member = MemberSamples.active("Atelier Nord");
    Instant since = member.memberSince().orElseThrow();

    member.suspend(STAFF, T1, "unpaid fees");
    assertFalse(member.isPublic());
    member.reinstate(STAFF, T2, "");
    assertTrue(member.isPublic());
    assertEquals(Optional.of(since), member.memberSince());
    assertEquals(4, member.history().size());
  }

  @Test
  void activeAndSuspendedMembersMayLeave_appliedOnesMayNot() {
    Member active = MemberSamples.active("Atelier Nord");
    active.leave(STAFF, T1, "moved abroad");
    assertEquals(MemberStatus.LEFT, active.status());

    Member suspended = MemberSamples.active("Studio Süd");
    suspended.suspend(STAFF, T1, "unpaid fees");
    suspended.leave(STAFF, T2, "");
    assertEquals(MemberStatus.LEFT, suspended.status());

    Member applied = MemberSamples.applied("Bureau Ost");
    var refused =
        assertThrows(
            IllegalMembershipTransitionException.class, () -> applied.leave(STAFF, T1, ""));
    assertEquals(MemberStatus.APPLIED, refused.from());
    assertEquals(MemberStatus.LEFT, refused.to());
  }

  @Test
  void illegalTransitions_nameBothStates_andChangeNothing() {
    Member member = MemberSamples.active("Atelier Nord");

    var refused =
        assertThrows(IllegalMembershipTransitionException.class, () -> member.approve(STAFF, T1));
    assertTrue(refused.getMessage().contains("from active to active"), refused.getMessage());
    var reject =
        assertThrows(
            IllegalMembershipTransitionException.class, () -> member.reject(STAFF, T1, "late"));
    assertTrue(reject.getMessage().contains("from active to rejected"), reject.getMessage());
    assertThrows(IllegalMembershipTransitionException.class, () -> member.reinstate(STAFF, T1, ""));
    assertEquals(2, member.history().size());
    assertEquals(MemberStatus.ACTIVE, member.status());
  }

  @Test
  void theYearFounded_isBetween1800AndThisYear_byTheClock() {
    MemberProfile future =
        MemberSamples.profile("Atelier Nord").toBuilder()
            .yearFounded(Optional.of(Year.of(2027)))
            .build();
    Member member = MemberSamples.applied("Atelier Nord");
    assertThrows(IllegalArgumentException.class, () -> member.updateProfile(future, CLOCK));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            MemberSamples.profile("Atelier Nord").toBuilder()
                .yearFounded(Optional.of(Year.of(1799)))
                .build());

    MemberProfile thisYear = future.toBuilder().yearFounded(Optional.of(Year.of(2026))).build();
    member.updateProfile(thisYear, CLOCK);
    assertEquals(Optional.of(Year.of(2026)), member.profile().yearFounded());
  }

  @Test
  void profilesLimitKeywordsAndPortfolio_andDropRepeatedSkills() {
    MemberProfile.Builder builder = MemberSamples.profile("Atelier Nord").toBuilder();
    List<Keyword> tooMany =
        java.util.stream.IntStream.range(0, 21).mapToObj(i -> Keyword.of("kw" + i)).toList();
    assertThrows(IllegalArgumentException.class, () -> builder.keywords(tooMany).build());

    WebLink link = WebLink.parse("https://example.lu/work");
    List<PortfolioLink> thirteen =
        java.util.stream.IntStream.range(0, 13)
            .mapToObj(i -> new PortfolioLink("Work " + i, link, PortfolioKind.IMAGE))
            .toList();
    MemberProfile.Builder fresh = MemberSamples.profile("Atelier Nord").toBuilder();
    assertThrows(IllegalArgumentException.class, () -> fresh.portfolio(thirteen).build());

    MemberProfile skills =
        MemberSamples.profile("Atelier Nord").toBuilder()
            .skills(List.of("Branding", " branding ", "", "Web design"))
            .build();
    assertEquals(List.of("Branding", "Web design"), skills.skills());
  }

  @Test
  void aPitchHasAtMost280CharactersInEachLanguage() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            MemberProfile.builder(
                    "Atelier Nord",
                    MemberKind.COMPANY,
                    MemberSectors.of("design"),
                    ProfileText.in(lu.creativecluster.domain.shared.Language.DE, "x".repeat(281)),
                    ProfileText.in(lu.creativecluster.domain.shared.Language.DE, "long"),
                    Location.of("", "LU"))
                .build());
  }

  @Test
  void thePublicView_omitsPrivateDetailsAndContactFieldsWithoutConsent() {
    Member member = MemberSamples.active("Atelier Nord");
    member.updateContact(
        Optional.of(new Email("hello@nord.lu")),
        Optional.of(new PhoneNumber("+352 26 00 00")),
        true,
        false,
        T1);

    PublicMemberView view = member.publicView();

    assertEquals(Optional.of(new Email("hello@nord.lu")), view.contact().email());
    assertEquals(Optional.of(T1), view.contact().emailConsentAt());
    assertEquals(Optional.empty(), view.contact().phone());
    assertEquals(member.profile(), view.profile());
    assertTrue(
        java.util.Arrays.stream(PublicMemberView.class.getRecordComponents())
            .noneMatch(c -> c.getType() == PrivateDetails.class));
  }

  @Test
  void consentIsKeptWhileTheFieldIsUnchanged_renewedWhenChanged_andWithdrawnInOneAction() {
    Member member = MemberSamples.active("Atelier Nord");
    Optional<Email> email = Optional.of(new Email("hello@nord.lu"));
    Optional<PhoneNumber> phone = Optional.of(new PhoneNumber("+352 26 00 00"));
    member.updateContact(email, phone, true, true, T1);
    member.updateContact(email, Optional.of(new PhoneNumber("+352 26 11 11")), true, true, T2);

    assertEquals(Optional.of(T1), member.contact().emailConsentAt());
    assertEquals(Optional.of(T2), member.contact().phoneConsentAt());

    member.withdrawContactConsent();
    assertEquals(Optional.empty(), member.publicView().contact().email());
    assertEquals(Optional.empty(), member.publicView().contact().phone());
    assertEquals(email, member.contact().email(), "staff still reach the member");
  }

  @Test
  void merging_keepsTheSurvivorsProfile_unionsKeywordsAndMarkets_andKeepsBothHistories() {
    Member survivor = MemberSamples.active("Atelier Nord");
    survivor.updateProfile(
        survivor.profile().toBuilder()
            .keywords(MemberProfile.keywordsOf("branding", "print"))
            .export(new ExportProfile(Set.of(CountryCode.of("FR")), Set.of(), false))
            .build(),
        CLOCK);
    Member duplicate = MemberSamples.applied("Atelier Nord Sàrl");
    duplicate.updateProfile(
        duplicate.profile().toBuilder()
            .keywords(MemberProfile.keywordsOf("print", "signage"))
            .export(
                new ExportProfile(Set.of(CountryCode.of("BE")), Set.of(CountryCode.of("JP")), true))
            .build(),
        CLOCK);
    List<MembershipEvent> duplicateHistory = duplicate.history();

    survivor.mergeFrom(duplicate, STAFF, T2);

    assertEquals("Atelier Nord", survivor.displayName());
    assertEquals(MemberStatus.ACTIVE, survivor.status());
    assertEquals(
        MemberProfile.keywordsOf("branding", "print", "signage"), survivor.profile().keywords());
    assertEquals(
        Set.of(CountryCode.of("FR"), CountryCode.of("BE")),
        survivor.profile().export().marketsServed());
    assertTrue(survivor.profile().export().wantsExportHelp());
    assertTrue(survivor.history().containsAll(duplicateHistory));
    MembershipEvent mergeEvent = survivor.history().get(survivor.history().size() - 1);
    assertEquals(T2, mergeEvent.at());
    assertTrue(mergeEvent.reason().contains(duplicate.id().toString()));

    assertEquals(MemberStatus.MERGED, duplicate.status());
    assertEquals(Optional.of(survivor.id()), duplicate.mergedInto());
    assertEquals(duplicateHistory.size() + 1, duplicate.history().size());
    assertFalse(duplicate.isPublic());
  }

  @Test
  void aMergedRecordIsTerminal_itCannotBeMergedAgainNorEdited() {
    Member survivor = MemberSamples.active("Atelier Nord");
    Member duplicate = MemberSamples.applied("Atelier Nord Sàrl");
    survivor.mergeFrom(duplicate, STAFF, T1);

    Member third = MemberSamples.active("Studio Süd");
    assertThrows(
        IllegalMembershipTransitionException.class, () -> third.mergeFrom(duplicate, STAFF, T2));
    assertThrows(MembershipEndedException.class, () -> duplicate.mergeFrom(third, STAFF, T2));
    assertThrows(IllegalArgumentException.class, () -> survivor.mergeFrom(survivor, STAFF, T2));
    assertThrows(
        MembershipEndedException.class,
        () -> duplicate.updateProfile(MemberSamples.profile("X Y Z"), CLOCK));
  }

  @Test
  void merging_givesTheSurvivorTheOwnerAccountWhenItHasNone() {
    Member survivor = MemberSamples.active("Atelier Nord");
    Member duplicate = MemberSamples.applied("Atelier Nord Sàrl");
    AccountId owner = AccountId.newId();
    duplicate.linkOwner(owner);

    survivor.mergeFrom(duplicate, STAFF, T1);

    assertTrue(survivor.isOwnedBy(owner));
    assertFalse(duplicate.isOwnedBy(owner));
  }

  @Test
  void erasure_removesPersonalData_butKeepsWhatAggregateFiguresNeed() {
    Member member = MemberSamples.active("Atelier Nord");
    member.updateProfile(
        member.profile().toBuilder()
            .keywords(MemberProfile.keywordsOf("branding"))
            .website(Optional.of(WebLink.parse("https://nord.lu")))
            .export(new ExportProfile(Set.of(CountryCode.of("FR")), Set.of(), true))
            .build(),
        CLOCK);
    member.suspend(STAFF, T1, "asked by Anna Muster on the phone");
    member.linkOwner(AccountId.newId());
    Actor owner = Actor.person("x", "x", Set.of(Role.MEMBER));
    int events = member.history().size();

    member.erase(owner, T2);

    assertEquals(MemberStatus.ERASED, member.status());
    assertFalse(member.displayName().contains("Nord"));
    assertFalse(member.slug().value().contains("nord"));
    assertEquals(List.of(), member.profile().keywords());
    assertEquals(Optional.empty(), member.profile().website());
    assertEquals("", member.profile().location().commune());
    assertEquals(ContactDetails.NONE, member.contact());
    assertEquals(PrivateDetails.NONE, member.privateDetails());
    assertEquals(Optional.empty(), member.owner());
    assertTrue(member.history().stream().allMatch(e -> e.reason().isEmpty()));
    assertEquals(events + 1, member.history().size());
    assertEquals(MemberKind.COMPANY, member.profile().kind());
    assertEquals(MemberSectors.of("design", "architecture"), member.profile().sectors());
    assertEquals(CountryCode.of("LU"), member.profile().location().country());
    assertEquals(Set.of(CountryCode.of("FR")), member.profile().export().marketsServed());
    assertThrows(IllegalMembershipTransitionException.class, () -> member.erase(owner, T2));
  }

  @Test
  void reconstitute_rebuildsTheSameState() {
    Member member = MemberSamples.active("Atelier Nord");
    Member copy =
        Member.reconstitute(
            member.id(),
            member.slug(),
            member.profile(),
            member.contact(),
            member.privateDetails(),
            member.status(),
            member.history(),
            member.owner(),
            member.mergedInto(),
            member.distinctFrom(),
            member.appliedAt(),
            member.memberSince(),
            7);
    assertEquals(member.publicView().profile(), copy.publicView().profile());
    assertEquals(member.history(), copy.history());
    assertEquals(7, copy.version());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Member.reconstitute(
                member.id(),
                member.slug(),
                member.profile(),
                member.contact(),
                member.privateDetails(),
                MemberStatus.MERGED,
                member.history(),
                member.owner(),
                Optional.empty(),
                Set.of(),
                member.appliedAt(),
                member.memberSince(),
                7));
  }
}
