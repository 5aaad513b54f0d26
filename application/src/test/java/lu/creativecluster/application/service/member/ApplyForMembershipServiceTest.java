package lu.creativecluster.application.service.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.member.MembershipApplication;
import lu.creativecluster.application.port.out.mail.LinkMail;
import lu.creativecluster.application.port.out.member.SampleMember;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.AccountStatus;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.account.TokenPurpose;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.member.DuplicateReason;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

class ApplyForMembershipServiceTest {

  private final MemberFixture world = new MemberFixture();
  private final ApplyForMembershipService service = world.applyService();

  @Test
  void aVisitorApplies_anAppliedMemberIsStored_withItsContactAndConsent() {
    MembershipApplication application =
        service.apply(
            MemberFixture.application(
                Actor.visitor(), SampleMember.named("Atelier Nord").profile(), "Anna@Nord.lu"));

    Member stored = world.members.stored(application.member().id());
    assertEquals(MemberStatus.APPLIED, stored.status());
    assertFalse(stored.isPublic());
    assertEquals(new Slug("atelier-nord"), stored.slug());
    assertEquals(Optional.of(new Email("anna@nord.lu")), stored.contact().email());
    assertEquals(Optional.of(world.clock.instant()), stored.contact().emailConsentAt());
    assertEquals(Optional.empty(), stored.contact().phoneConsentAt());
    assertEquals("visitor", stored.history().get(0).by());
    assertFalse(application.likelyDuplicate());
  }

  @Test
  void anApplicant_cannotWriteStaffsInternalNotes() {
    MembershipApplication application =
        service.apply(
            MemberFixture.application(
                Actor.visitor(), SampleMember.named("Atelier Nord").profile(), "anna@nord.lu"));

    assertEquals(
        "", world.members.stored(application.member().id()).privateDetails().internalNotes());
    assertEquals(
        "Legal Name S.A.",
        world.members.stored(application.member().id()).privateDetails().legalName());
  }

  @Test
  void namesakes_getNumberedSlugs() {
    world.store(SampleMember.named("Atelier Nord").build());

    MembershipApplication second =
        service.apply(
            MemberFixture.application(
                Actor.visitor(), SampleMember.named("Atelier  Nord!").profile(), "b@b.lu"));
    MembershipApplication third =
        service.apply(
            MemberFixture.application(
                Actor.visitor(), SampleMember.named("Atelier Nörd").profile(), "c@c.lu"));

    assertEquals(new Slug("atelier-nord-2"), second.member().slug());
    assertEquals(new Slug("atelier-nord-3"), third.member().slug());
  }

  @Test
  void anApplicationLikeAnExistingMember_isFlaggedWithTheCandidatesAndReasons() {
    Member existing =
        world.store(
            SampleMember.named("Atelier Nord S.à r.l.")
                .email("hello@nord.lu")
                .website("https://www.nord.lu")
                .build());

    MembershipApplication application =
        service.apply(
            MemberFixture.application(
                Actor.visitor(),
                SampleMember.named("Atelier Nord").website("http://nord.lu/").profile(),
                "HELLO@nord.lu"));

    assertTrue(application.likelyDuplicate());
    assertEquals(existing.id(), application.duplicates().get(0).member());
    assertEquals(
        Set.of(
            DuplicateReason.SAME_EMAIL, DuplicateReason.SAME_WEBSITE, DuplicateReason.SIMILAR_NAME),
        application.duplicates().get(0).reasons());
    assertEquals(2, world.members.size(), "a likely duplicate is still stored for staff");
  }

  @Test
  void aFoundingYearInTheFuture_isRefused_andNothingIsStored() {
    var future =
        SampleMember.named("Atelier Nord").profile().toBuilder()
            .yearFounded(Optional.of(Year.of(2027)))
            .build();

    assertThrows(
        IllegalArgumentException.class,
        () -> service.apply(MemberFixture.application(Actor.visitor(), future, "a@nord.lu")));
    assertEquals(0, world.members.size());
  }

  @Test
  void partnerSystems_doNotApply() {
    assertThrows(
        AccessDeniedException.class,
        () ->
            service.apply(
                MemberFixture.application(
                    MemberFixture.partner("members:read"),
                    SampleMember.named("Atelier Nord").profile(),
                    "a@nord.lu")));
  }

  @Test
  void anApplicant_isInvitedToAMemberAccount_thatOwnsTheRecord_inTheirLanguage() {
    MembershipApplication application =
        service.apply(
            MemberFixture.application(
                Actor.visitor(), SampleMember.named("Atelier Nord").profile(), "Anna@Nord.lu"));

    Account account = world.accounts.byEmail(new Email("anna@nord.lu")).orElseThrow();
    assertEquals(Role.MEMBER, account.role());
    assertEquals(AccountStatus.INVITED, account.status());
    assertEquals(
        Optional.of(account.id()), world.members.stored(application.member().id()).owner());
    assertEquals(
        List.of(
            new LinkMail(
                TokenPurpose.INVITATION,
                account.id(),
                new Email("anna@nord.lu"),
                "Atelier Nord",
                Language.FR)),
        world.outbox.linkMails());
    assertEquals(
        "anna@nord.lu", world.auditLog.withAction(AuditAction.ACCOUNT_INVITED).get(0).target());
  }

  @Test
  void anAddressThatHasAnAccount_getsNoSecondAccountNorMail_andTheRecordWaitsUnowned() {
    Account existing =
        Account.invite(
            AccountId.newId(),
            new Email("anna@nord.lu"),
            "Anna",
            Role.MEMBER,
            world.clock.instant());
    world.accounts.add(existing);

    MembershipApplication application =
        service.apply(
            MemberFixture.application(
                Actor.visitor(), SampleMember.named("Atelier Nord").profile(), "anna@nord.lu"));

    assertEquals(1, world.accounts.count());
    assertEquals(List.of(), world.outbox.mails());
    assertEquals(Optional.empty(), world.members.stored(application.member().id()).owner());
  }
}
