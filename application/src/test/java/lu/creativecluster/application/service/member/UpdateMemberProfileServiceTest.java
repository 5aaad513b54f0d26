package lu.creativecluster.application.service.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.member.UpdateMemberProfileCommand;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.member.SampleMember;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.PhoneNumber;
import lu.creativecluster.domain.member.PrivateDetails;
import lu.creativecluster.domain.shared.Email;
import org.junit.jupiter.api.Test;

class UpdateMemberProfileServiceTest {

  private final MemberFixture world = new MemberFixture();
  private final UpdateMemberProfileService service = world.updateService();

  private static UpdateMemberProfileCommand edit(
      Actor actor, Member member, long version, String pitchName, String notes) {
    return new UpdateMemberProfileCommand(
        actor,
        member.id(),
        version,
        SampleMember.named(pitchName).profile(),
        Optional.of(new Email("studio@nord.lu")),
        Optional.of(new PhoneNumber("+352 621 000 000")),
        true,
        true,
        new PrivateDetails("Nord S.A.", "LU123", notes));
  }

  @Test
  void theOwner_editsItsProfile_theVersionGoesUp_andConsentIsRecorded() {
    MemberFixture.Owned owned = world.owned("Atelier Nord");

    Member updated =
        service.update(edit(owned.owner(), owned.member(), 0, "Atelier Nord Studio", ""));

    assertEquals("Atelier Nord Studio", updated.displayName());
    assertEquals(owned.member().slug(), updated.slug(), "the slug stays, so links keep working");
    assertEquals(1, updated.version());
    assertEquals(Optional.of(world.clock.instant()), updated.contact().phoneConsentAt());
    assertEquals("LU123", updated.privateDetails().registrationNumber());
  }

  @Test
  void aStaleVersion_isRefused_neverSilentlyOverwritten() {
    MemberFixture.Owned owned = world.owned("Atelier Nord");
    service.update(edit(owned.owner(), owned.member(), 0, "First Edit", ""));

    assertThrows(
        ConcurrentUpdateException.class,
        () -> service.update(edit(MemberFixture.staff(), owned.member(), 0, "Second Edit", "")));
    assertEquals("First Edit", world.members.stored(owned.member().id()).displayName());
  }

  @Test
  void anotherMember_cannotEditTheProfile_norAPartnerOrVisitor() {
    MemberFixture.Owned owned = world.owned("Atelier Nord");

    for (Actor actor :
        java.util.List.of(
            MemberFixture.someMember(), MemberFixture.partner("members:write"), Actor.visitor())) {
      assertThrows(
          AccessDeniedException.class,
          () -> service.update(edit(actor, owned.member(), 0, "Hijacked", "")));
    }
    assertEquals("Atelier Nord", world.members.stored(owned.member().id()).displayName());
  }

  @Test
  void internalNotes_areWrittenByStaffOnly() {
    MemberFixture.Owned owned = world.owned("Atelier Nord");
    service.update(edit(MemberFixture.staff(), owned.member(), 0, "Atelier Nord", "pays late"));

    service.update(edit(owned.owner(), owned.member(), 1, "Atelier Nord", "I pay on time"));

    assertEquals(
        "pays late", world.members.stored(owned.member().id()).privateDetails().internalNotes());
  }

  @Test
  void withdrawingConsent_hidesEveryContactFieldAtOnce() {
    MemberFixture.Owned owned = world.owned("Atelier Nord");
    service.update(edit(owned.owner(), owned.member(), 0, "Atelier Nord", ""));
    world.clock.advance(Duration.ofDays(1));

    Member after = service.withdrawContactConsent(owned.owner(), owned.member().id());

    assertEquals(Optional.empty(), after.publicView().contact().email());
    assertEquals(Optional.empty(), after.publicView().contact().phone());
    assertEquals(Optional.of(new Email("studio@nord.lu")), after.contact().email());
    assertThrows(
        AccessDeniedException.class,
        () -> service.withdrawContactConsent(MemberFixture.someMember(), owned.member().id()));
  }
}
