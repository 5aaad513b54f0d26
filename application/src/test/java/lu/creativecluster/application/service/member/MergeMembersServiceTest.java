package lu.creativecluster.application.service.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.member.MergeMembersCommand;
import lu.creativecluster.application.port.out.member.SampleMember;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.member.IllegalMembershipTransitionException;
import lu.creativecluster.domain.member.Keyword;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberStatus;
import org.junit.jupiter.api.Test;

class MergeMembersServiceTest {

  private final MemberFixture world = new MemberFixture();
  private final MergeMembersService service = world.mergeService();

  @Test
  void staffMerge_bothRecordsAreSaved_withBothHistories_andTheMergeIsAudited() {
    Member survivor = world.store(SampleMember.named("Atelier Nord").keywords("print").build());
    Member duplicate =
        world.store(
            SampleMember.named("Atelier Nord Sàrl")
                .keywords("signage")
                .markets("FR")
                .applied()
                .build());

    Member merged =
        service.merge(
            new MergeMembersCommand(MemberFixture.staff(), survivor.id(), duplicate.id(), "ip"));

    assertEquals(
        java.util.List.of(Keyword.of("print"), Keyword.of("signage")), merged.profile().keywords());
    assertTrue(merged.history().containsAll(duplicate.history()));
    Member gone = world.members.stored(duplicate.id());
    assertEquals(MemberStatus.MERGED, gone.status());
    assertEquals(Optional.of(survivor.id()), gone.mergedInto());
    assertEquals(duplicate.history().size() + 1, gone.history().size());
    var audit = world.auditLog.withAction(AuditAction.MEMBERS_MERGED);
    assertEquals(1, audit.size());
    assertEquals(duplicate.id() + " into " + survivor.id(), audit.get(0).target());
  }

  @Test
  void onlyStaffMerge() {
    MemberFixture.Owned owned = world.owned("Atelier Nord");
    Member other = world.store(SampleMember.named("Atelier Nord Sàrl").applied().build());

    assertThrows(
        AccessDeniedException.class,
        () ->
            service.merge(
                new MergeMembersCommand(owned.owner(), owned.member().id(), other.id(), "")));
    assertEquals(MemberStatus.APPLIED, world.members.stored(other.id()).status());
  }

  @Test
  void anAlreadyMergedRecord_cannotBeMergedAgain() {
    Member survivor = world.store(SampleMember.named("Atelier Nord").build());
    Member duplicate = world.store(SampleMember.named("Atelier Nord Sàrl").applied().build());
    Member third = world.store(SampleMember.named("Studio Süd").build());
    service.merge(
        new MergeMembersCommand(MemberFixture.staff(), survivor.id(), duplicate.id(), ""));

    assertThrows(
        IllegalMembershipTransitionException.class,
        () ->
            service.merge(
                new MergeMembersCommand(MemberFixture.staff(), third.id(), duplicate.id(), "")));
  }
}
