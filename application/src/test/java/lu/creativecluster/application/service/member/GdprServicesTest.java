package lu.creativecluster.application.service.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.member.MemberDataExport;
import lu.creativecluster.application.port.in.member.MemberSearchQuery;
import lu.creativecluster.application.port.out.member.SampleMember;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberStatus;
import org.junit.jupiter.api.Test;

class GdprServicesTest {

  private final MemberFixture world = new MemberFixture();

  @Test
  void theOwner_exportsEverythingHeld_asPlainData_andTheExportIsAudited() {
    Member full = SampleMember.everyFieldFilled();
    world.members.add(full);
    Actor owner = Actor.person(full.owner().orElseThrow().toString(), "Owner", java.util.Set.of());

    MemberDataExport export = world.exportService().export(owner, full.id(), "ip");

    assertEquals(full.id().toString(), export.id());
    assertEquals("active", export.status());
    assertEquals("hello@aeroe-son.lu", export.contact().email());
    assertEquals("+352 26 12 34 56", export.contact().phone());
    assertFalse(export.contact().emailConsentAt().isEmpty());
    assertEquals("", export.contact().phoneConsentAt());
    assertEquals("Met at the fair.\nCall back.", export.privateDetails().internalNotes());
    assertEquals("F1234", export.privateDetails().registrationNumber());
    assertEquals("crafts-manufacturing", export.profile().primarySector());
    assertEquals(List.of("design", "visual-arts"), export.profile().otherSectors());
    assertEquals("Wir töpfern.\nSeit 1890.", export.profile().description().get("de"));
    assertEquals("1890", export.profile().yearFounded());
    assertEquals("2-9", export.profile().teamSize());
    assertEquals(List.of("CA", "JP"), export.profile().marketsWanted());
    assertEquals(2, export.profile().portfolio().size());
    assertEquals(full.history().size(), export.history().size());
    assertEquals("Unpaid fee — reminder sent", export.history().get(2).reason());
    assertEquals(world.clock.instant().toString(), export.exportedAt());
    assertEquals(1, world.auditLog.withAction(AuditAction.MEMBER_DATA_EXPORTED).size());
  }

  @Test
  void anotherMember_cannotExportSomeoneElsesData_butStaffCan() {
    Member member = world.store(SampleMember.named("Atelier Nord").build());

    assertThrows(
        AccessDeniedException.class,
        () -> world.exportService().export(MemberFixture.someMember(), member.id(), ""));
    assertThrows(
        AccessDeniedException.class,
        () -> world.exportService().export(MemberFixture.partner("members:read"), member.id(), ""));
    assertEquals(
        "Atelier Nord",
        world
            .exportService()
            .export(MemberFixture.staff(), member.id(), "")
            .profile()
            .displayName());
  }

  @Test
  void erasure_anonymisesTheRecord_whileAggregateFiguresStayRight() {
    Member full = SampleMember.everyFieldFilled();
    world.members.add(full);
    world.store(SampleMember.named("Atelier Nord").sectors("crafts-manufacturing").build());
    MemberSearchQuery bySector =
        MemberSearchQuery.fromParameters(
            Map.of(
                "sector", List.of("crafts-manufacturing"), "status", List.of("active", "erased")));
    long before = world.members.search(bySector).page().totalItems();

    world.eraseService().erase(MemberFixture.staff(), full.id(), "ip");

    Member erased = world.members.stored(full.id());
    assertEquals(MemberStatus.ERASED, erased.status());
    MemberDataExport left = MemberDataExport.of(erased, world.clock.instant());
    assertEquals("", left.contact().email());
    assertEquals("", left.privateDetails().legalName());
    assertEquals("", left.ownerAccount());
    assertTrue(left.history().stream().allMatch(e -> e.reason().isEmpty()));
    assertFalse(left.profile().displayName().contains("Ærø"));
    assertEquals(List.of("BE", "DE", "FR"), left.profile().marketsServed());
    assertEquals(before, world.members.search(bySector).page().totalItems());
    assertEquals(1, world.auditLog.withAction(AuditAction.MEMBER_ERASED).size());
    assertEquals(full.id().toString(), world.auditLog.last().target());
  }

  @Test
  void erasure_isForTheMemberOrStaff_only() {
    MemberFixture.Owned owned = world.owned("Atelier Nord");
    Member other = world.store(SampleMember.named("Studio Süd").build());

    assertThrows(
        AccessDeniedException.class,
        () -> world.eraseService().erase(owned.owner(), other.id(), ""));
    world.eraseService().erase(owned.owner(), owned.member().id(), "");

    assertEquals(MemberStatus.ERASED, world.members.stored(owned.member().id()).status());
    assertEquals(MemberStatus.ACTIVE, world.members.stored(other.id()).status());
  }
}
