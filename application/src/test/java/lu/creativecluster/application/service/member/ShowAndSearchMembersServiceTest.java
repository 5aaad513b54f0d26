package lu.creativecluster.application.service.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.member.InvalidSearchParameterException;
import lu.creativecluster.application.port.in.member.MemberNotFoundException;
import lu.creativecluster.application.port.in.member.MemberSearchQuery;
import lu.creativecluster.application.port.in.member.MemberSummary;
import lu.creativecluster.application.port.in.member.MemberView;
import lu.creativecluster.application.port.out.member.SampleMember;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberStatus;
import org.junit.jupiter.api.Test;

class ShowAndSearchMembersServiceTest {

  private final MemberFixture world = new MemberFixture();
  private final ShowMemberProfileService show = world.showService();
  private final SearchMembersService search = world.searchService();

  @Test
  void aVisitor_seesTheActiveMembersPublicView_only() {
    Member member = world.store(SampleMember.named("Atelier Nord").email("a@nord.lu").build());

    MemberView view = show.show(Actor.visitor(), member.slug());

    assertFalse(view.isComplete());
    assertEquals("Atelier Nord", view.publicView().profile().displayName());
    assertEquals(Optional.empty(), view.publicView().contact().email(), "no consent given");
  }

  @Test
  void aMemberThatIsNotPublic_doesNotExistForVisitorsPartnersOrOtherMembers() {
    Member applied = world.store(SampleMember.named("Atelier Nord").applied().build());

    for (Actor actor :
        List.of(
            Actor.visitor(), MemberFixture.partner("members:read"), MemberFixture.someMember())) {
      assertThrows(MemberNotFoundException.class, () -> show.show(actor, applied.slug()));
      assertThrows(MemberNotFoundException.class, () -> show.show(actor, applied.id()));
    }
  }

  @Test
  void staffAndTheOwner_seeTheWholeRecord_inAnyStatus() {
    MemberFixture.Owned owned = world.owned("Atelier Nord");
    Member applied = world.store(SampleMember.named("Studio Süd").applied().build());

    MemberView own = show.show(owned.owner(), owned.member().id());
    MemberView staff = show.show(MemberFixture.staff(), applied.slug());

    assertTrue(own.isComplete());
    assertEquals("Atelier Nord S.à r.l.", own.full().orElseThrow().privateDetails().legalName());
    assertTrue(staff.isComplete());
    assertEquals(MemberStatus.APPLIED, staff.full().orElseThrow().status());
  }

  @Test
  void aPartner_withOrWithoutScope_seesNoPrivateFields() {
    Member member = world.store(SampleMember.named("Atelier Nord").build());

    assertFalse(show.show(MemberFixture.partner(), member.id()).isComplete());
    assertFalse(show.show(MemberFixture.partner("members:read"), member.id()).isComplete());
  }

  @Test
  void thePublicSearch_findsOnlyActiveMembers() {
    world.store(SampleMember.named("Atelier Nord").build());
    world.store(SampleMember.named("Atelier Süd").applied().build());

    List<String> names =
        search.search(Actor.visitor(), MemberSearchQuery.everything()).items().stream()
            .map(MemberSummary::displayName)
            .toList();

    assertEquals(List.of("Atelier Nord"), names);
  }

  @Test
  void onlyStaff_searchOtherStatuses() {
    world.store(SampleMember.named("Atelier Süd").applied().build());
    MemberSearchQuery applied =
        MemberSearchQuery.everything().withStatuses(Set.of(MemberStatus.APPLIED));

    assertEquals(1, search.search(MemberFixture.staff(), applied).page().totalItems());
    assertEquals(1, search.search(MemberFixture.admin(), applied).page().totalItems());
    for (Actor actor :
        List.of(
            Actor.visitor(), MemberFixture.someMember(), MemberFixture.partner("members:read"))) {
      assertThrows(AccessDeniedException.class, () -> search.search(actor, applied));
    }
  }

  @Test
  void anUnknownSector_isTheCallersMistake_namingTheParameter() {
    MemberSearchQuery query =
        MemberSearchQuery.fromParameters(Map.of("sector", List.of("design", "knitting")));

    var refused =
        assertThrows(
            InvalidSearchParameterException.class, () -> search.search(Actor.visitor(), query));
    assertEquals("sector", refused.parameter());
    assertEquals("knitting", refused.value());
  }

  @Test
  void aMergedRecordsOldLink_pointsVisitorsToTheSurvivor() {
    Member survivor = world.store(SampleMember.named("Atelier Nord").build());
    Member duplicate = world.store(SampleMember.named("Atelier Nord Sàrl").build());
    world
        .mergeService()
        .merge(
            new lu.creativecluster.application.port.in.member.MergeMembersCommand(
                MemberFixture.staff(), survivor.id(), duplicate.id(), ""));

    var moved =
        assertThrows(
            lu.creativecluster.application.port.in.member.MemberMovedException.class,
            () -> show.show(Actor.visitor(), duplicate.slug()));
    assertEquals(survivor.slug(), moved.survivor());
    assertTrue(show.show(MemberFixture.staff(), duplicate.slug()).isComplete());
  }
}
