package lu.creativecluster.application.service.cooperation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.cooperation.PartnerNotFoundException;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.cooperation.SampleCooperation;
import lu.creativecluster.application.service.audit.InMemoryAuditLog;
import lu.creativecluster.application.service.audit.MutableClock;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.cooperation.Cooperation;
import lu.creativecluster.domain.cooperation.PartnerId;
import lu.creativecluster.domain.cooperation.PartnerOrganisation;
import lu.creativecluster.domain.member.CountryCode;
import org.junit.jupiter.api.Test;

/** The partner network: public by country, kept by staff, every change audited. */
class PartnerNetworkServiceTest {

  private final InMemoryPartners partners = new InMemoryPartners();
  private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  private final PartnerNetworkService service =
      new PartnerNetworkService(partners, auditLog, MutableClock.at("2026-11-30T10:00:00Z"));
  private final Actor staff =
      Actor.person(AccountId.newId().toString(), "Staff", Set.of(Role.STAFF));
  private final Actor member =
      Actor.person(AccountId.newId().toString(), "Member", Set.of(Role.MEMBER));

  private PartnerOrganisation registered(String name, String country) {
    return service.register(
        staff, SampleCooperation.partner(name, country).details(), "203.0.113.9");
  }

  @Test
  void theNetwork_isGroupedByCountry() {
    registered("Creative Saar", "DE");
    registered("Wallonia Design", "BE");
    registered("Creative Trier", "DE");

    var groups = service.byCountry(Optional.empty());

    assertEquals(List.of("BE", "DE"), groups.stream().map(g -> g.country().alpha2()).toList());
    assertEquals(2, groups.get(1).partners().size());
    assertEquals(1, service.byCountry(Optional.of(CountryCode.of("BE"))).size());
  }

  @Test
  void onlyStaff_changeTheNetwork_andEachChangeIsAudited() {
    PartnerOrganisation saar = registered("Creative Saar", "DE");
    Cooperation cooperation =
        SampleCooperation.cooperation(LocalDate.of(2025, 1, 1), Optional.empty());

    assertThrows(
        AccessDeniedException.class, () -> service.register(member, saar.details(), "203.0.113.9"));
    assertThrows(
        AccessDeniedException.class,
        () -> service.recordCooperation(member, saar.id(), 0, cooperation, "203.0.113.9"));
    assertThrows(
        AccessDeniedException.class, () -> service.archive(member, saar.id(), 0, true, "x"));
    assertThrows(AccessDeniedException.class, () -> service.everyPartner(member));

    PartnerOrganisation withCooperation =
        service.recordCooperation(staff, saar.id(), 0, cooperation, "203.0.113.9");
    assertEquals(List.of(cooperation), withCooperation.cooperations());
    PartnerOrganisation without =
        service.removeCooperation(
            staff, saar.id(), withCooperation.version(), cooperation.id(), "203.0.113.9");
    assertEquals(List.of(), without.cooperations());
    assertEquals(1, auditLog.withAction(AuditAction.PARTNER_SAVED).size());
    assertEquals(1, auditLog.withAction(AuditAction.COOPERATION_SAVED).size());
    assertEquals(1, auditLog.withAction(AuditAction.COOPERATION_REMOVED).size());
  }

  @Test
  void aChangeFromAStaleVersion_isRefused_andChangesNothing() {
    PartnerOrganisation saar = registered("Creative Saar", "DE");
    var renamed = SampleCooperation.partner("Creative Saarland", "DE").details();
    PartnerOrganisation first = service.update(staff, saar.id(), 0, renamed, "203.0.113.9");
    assertEquals(1, first.version());

    var other = SampleCooperation.partner("Saar Kreativ", "DE").details();
    assertThrows(
        ConcurrentUpdateException.class,
        () -> service.update(staff, saar.id(), 0, other, "203.0.113.9"));
    assertThrows(
        ConcurrentUpdateException.class,
        () -> service.archive(staff, saar.id(), 0, true, "203.0.113.9"));
    assertEquals("Creative Saarland", service.show(saar.id()).details().name());
    assertEquals(false, service.show(saar.id()).archived());
  }

  @Test
  void anArchivedPartner_leavesThePublicNetwork_butStaffStillSeeIt() {
    PartnerOrganisation saar = registered("Creative Saar", "DE");
    registered("Wallonia Design", "BE");

    PartnerOrganisation archived = service.archive(staff, saar.id(), 0, true, "203.0.113.9");

    assertEquals(true, archived.archived());
    assertEquals(
        List.of("BE"),
        service.byCountry(Optional.empty()).stream().map(g -> g.country().alpha2()).toList());
    assertEquals(2, service.everyPartner(staff).size());
    assertEquals(1, auditLog.withAction(AuditAction.PARTNER_ARCHIVED).size());
    PartnerOrganisation back =
        service.archive(staff, saar.id(), archived.version(), false, "203.0.113.9");
    assertEquals(2, service.byCountry(Optional.empty()).size());
    assertEquals(false, back.archived());
  }

  @Test
  void anUnknownPartner_isNotFound() {
    assertThrows(PartnerNotFoundException.class, () -> service.show(PartnerId.newId()));
  }
}
