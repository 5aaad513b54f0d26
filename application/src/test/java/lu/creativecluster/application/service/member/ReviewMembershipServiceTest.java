package lu.creativecluster.application.service.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.member.MemberNotFoundException;
import lu.creativecluster.application.port.in.member.MembershipApplication;
import lu.creativecluster.application.port.in.member.MembershipDecision;
import lu.creativecluster.application.port.in.member.ReviewMembershipCommand;
import lu.creativecluster.application.port.out.member.SampleMember;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.IllegalMembershipTransitionException;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.member.MissingReasonException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReviewMembershipServiceTest {

  private final MemberFixture world = new MemberFixture();
  private final ReviewMembershipService service = world.reviewService();

  private Member applied(String name) {
    return world.store(SampleMember.named(name).applied().build());
  }

  @Test
  void staffApprove_theMemberBecomesPublic_andTheHistorySaysWhoAndWhen() {
    Member member = applied("Atelier Nord");
    Actor staff = MemberFixture.staff();

    Member approved =
        service.decide(
            new ReviewMembershipCommand(staff, member.id(), MembershipDecision.APPROVE, ""));

    assertTrue(approved.isPublic());
    assertEquals(1, approved.version());
    var event = approved.history().get(approved.history().size() - 1);
    assertEquals(staff.getName(), event.by());
    assertEquals(world.clock.instant(), event.at());
  }

  @Test
  void rejecting_needsAReason() {
    Member member = applied("Atelier Nord");

    assertThrows(
        MissingReasonException.class,
        () ->
            service.decide(
                new ReviewMembershipCommand(
                    MemberFixture.staff(), member.id(), MembershipDecision.REJECT, "  ")));
    service.decide(
        new ReviewMembershipCommand(
            MemberFixture.staff(), member.id(), MembershipDecision.REJECT, "not creative"));
    assertEquals(MemberStatus.REJECTED, world.members.stored(member.id()).status());
  }

  @Test
  void suspendThenReinstate_roundTrips() {
    Member member = world.store(SampleMember.named("Atelier Nord").build());
    Actor staff = MemberFixture.staff();

    service.decide(
        new ReviewMembershipCommand(staff, member.id(), MembershipDecision.SUSPEND, "fees"));
    assertEquals(MemberStatus.SUSPENDED, world.members.stored(member.id()).status());
    service.decide(
        new ReviewMembershipCommand(staff, member.id(), MembershipDecision.REINSTATE, ""));
    assertEquals(MemberStatus.ACTIVE, world.members.stored(member.id()).status());
  }

  @Test
  void anIllegalDecision_namesTheStates_andChangesNothing() {
    Member member = applied("Atelier Nord");

    var refused =
        assertThrows(
            IllegalMembershipTransitionException.class,
            () ->
                service.decide(
                    new ReviewMembershipCommand(
                        MemberFixture.staff(), member.id(), MembershipDecision.SUSPEND, "x")));
    assertEquals(MemberStatus.APPLIED, refused.from());
    assertEquals(MemberStatus.SUSPENDED, refused.to());
    assertEquals(0, world.members.stored(member.id()).version());
  }

  @ParameterizedTest
  @EnumSource(MembershipDecision.class)
  void visitorsPartnersAndOtherMembers_decideNothing(MembershipDecision decision) {
    Member member = world.store(SampleMember.named("Atelier Nord").build());
    for (Actor actor :
        List.of(
            Actor.visitor(), MemberFixture.partner("members:write"), MemberFixture.someMember())) {
      assertThrows(
          AccessDeniedException.class,
          () -> service.decide(new ReviewMembershipCommand(actor, member.id(), decision, "why")));
    }
    assertEquals(0, world.members.stored(member.id()).version());
  }

  @Test
  void aMember_mayLeaveByItself_butNotSuspendItself() {
    MemberFixture.Owned owned = world.owned("Atelier Nord");

    assertThrows(
        AccessDeniedException.class,
        () ->
            service.decide(
                new ReviewMembershipCommand(
                    owned.owner(), owned.member().id(), MembershipDecision.SUSPEND, "x")));
    service.decide(
        new ReviewMembershipCommand(
            owned.owner(), owned.member().id(), MembershipDecision.MARK_LEFT, "retiring"));

    Member left = world.members.stored(owned.member().id());
    assertEquals(MemberStatus.LEFT, left.status());
    assertEquals(owned.owner().getName(), left.history().get(left.history().size() - 1).by());
  }

  @Test
  void anUnknownMember_isNotFound() {
    assertThrows(
        MemberNotFoundException.class,
        () ->
            service.decide(
                new ReviewMembershipCommand(
                    MemberFixture.staff(), MemberId.newId(), MembershipDecision.APPROVE, "")));
  }

  @Test
  void staffSeePendingApplications_oldestFirst_withTheirDuplicates() {
    world.store(SampleMember.named("Atelier Nord").email("hello@nord.lu").build());
    applied("Studio Süd");
    world.store(
        SampleMember.named("Nord Atelier Team")
            .email("hello@nord.lu")
            .appliedAt(SampleMember.T0.minusSeconds(60))
            .applied()
            .build());

    List<MembershipApplication> pending = service.pendingApplications(MemberFixture.staff());

    assertEquals(
        List.of("Nord Atelier Team", "Studio Süd"),
        pending.stream().map(a -> a.member().displayName()).toList());
    assertEquals("Atelier Nord", pending.get(0).duplicates().get(0).displayName());
    assertEquals(List.of(), pending.get(1).duplicates());
    assertThrows(
        AccessDeniedException.class, () -> service.pendingApplications(MemberFixture.someMember()));
  }

  @Test
  void staffDismissALikelyDuplicate_itIsNotFlaggedAgain_andTheDismissalIsAudited() {
    Member existing = world.store(SampleMember.named("Atelier Nord").build());
    Member applicant = applied("Atelier Nord Sàrl");
    assertEquals(
        1, service.duplicatesOf(MemberFixture.staff(), applicant.id()).duplicates().size());

    MembershipApplication after =
        service.dismissDuplicate(MemberFixture.staff(), applicant.id(), existing.id(), "ip");

    assertEquals(List.of(), after.duplicates());
    assertEquals(
        List.of(), service.duplicatesOf(MemberFixture.staff(), existing.id()).duplicates());
    assertEquals(
        applicant.id() + " is not " + existing.id(),
        world
            .auditLog
            .withAction(lu.creativecluster.domain.audit.AuditAction.MEMBER_DUPLICATE_DISMISSED)
            .get(0)
            .target());
    assertThrows(
        AccessDeniedException.class,
        () ->
            service.dismissDuplicate(
                MemberFixture.someMember(), applicant.id(), existing.id(), ""));
  }
}
