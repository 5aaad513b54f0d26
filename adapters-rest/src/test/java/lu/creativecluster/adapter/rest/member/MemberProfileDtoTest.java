package lu.creativecluster.adapter.rest.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.application.port.in.member.MemberView;
import lu.creativecluster.application.port.out.member.SampleMember;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.PrivateDetails;
import lu.creativecluster.domain.shared.Email;
import org.junit.jupiter.api.Test;

class MemberProfileDtoTest {

  private static Member member() {
    Member member = SampleMember.everyFieldFilled();
    member.updatePrivateDetails(new PrivateDetails("Ærø S.à r.l.", "B123456", "call back in May"));
    member.withdrawContactConsent();
    return member;
  }

  private static String json(Object dto) throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.toJson(dto);
    }
  }

  @Test
  void thePublicView_hasNoPrivateDetails_noStatus_andOnlyConsentedContact() throws Exception {
    Member member = member();
    String json = json(MemberProfileDto.publicView(member.publicView()));

    assertTrue(json.contains("\"view\":\"public\""), json);
    assertFalse(json.contains("privateDetails"), json);
    assertFalse(json.contains("B123456"), json);
    assertFalse(json.contains("\"status\""), json);
    assertFalse(json.contains("hello@aeroe-son.lu"), "the e-mail was not agreed to be shown");
    assertTrue(json.contains("\"displayName\":\"Ærø & Søn – Kunsthandwerk “Éclat”\""), json);
  }

  @Test
  void aConsentedAddress_isInThePublicView() throws Exception {
    Member member = member();
    member.updateContact(
        Optional.of(new Email("hello@aeroe-son.lu")), Optional.empty(), true, false, Instant.now());
    String json = json(MemberProfileDto.publicView(member.publicView()));
    assertTrue(json.contains("\"email\":\"hello@aeroe-son.lu\""), json);
  }

  @Test
  void theOwnersView_hasPrivateDetailsButNotStaffsNotes_staffsViewHasThem() throws Exception {
    Member member = member();
    MemberProfileDto owner = MemberProfileDto.fullView(member, MemberViewKind.OWNER);
    MemberProfileDto staff = MemberProfileDto.fullView(member, MemberViewKind.STAFF);

    assertEquals("B123456", owner.privateDetails().registrationNumber());
    assertNull(owner.privateDetails().internalNotes());
    assertEquals("call back in May", staff.privateDetails().internalNotes());
    assertEquals("hello@aeroe-son.lu", owner.contact().email());
    assertEquals(false, owner.contact().showEmail());
    assertEquals("active", owner.status());
  }

  @Test
  void theViewKind_followsWhatTheUseCaseGave_andWhoAsks() {
    Member member = member();
    MemberView complete = new MemberView(member.publicView(), Optional.of(member));
    MemberView publicOnly = new MemberView(member.publicView(), Optional.empty());
    Actor staff = Actor.person("s", "Staff", Set.of(Role.STAFF));
    Actor admin = Actor.person("a", "Admin", Set.of(Role.ADMIN));
    Actor owner = Actor.person("o", "Owner", Set.of(Role.MEMBER));
    Actor partner = Actor.partner("ministry", Set.of("members:read"));

    assertEquals(MemberViewKind.STAFF, MemberViewKind.of(staff, complete));
    assertEquals(MemberViewKind.STAFF, MemberViewKind.of(admin, complete));
    assertEquals(MemberViewKind.OWNER, MemberViewKind.of(owner, complete));
    assertEquals(MemberViewKind.PUBLIC, MemberViewKind.of(partner, publicOnly));
    assertEquals(MemberViewKind.PUBLIC, MemberViewKind.of(staff, publicOnly));
  }

  @Test
  void theEtag_differsPerViewAndVersion() {
    Member member = member();
    MemberView view = new MemberView(member.publicView(), Optional.of(member));
    assertNotEquals(
        MemberResource.etag(view, MemberViewKind.PUBLIC),
        MemberResource.etag(view, MemberViewKind.OWNER));
    Member saved =
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
            member.version() + 1);
    assertNotEquals(
        MemberResource.etag(view, MemberViewKind.PUBLIC),
        MemberResource.etag(
            new MemberView(saved.publicView(), Optional.empty()), MemberViewKind.PUBLIC));
  }

  @Test
  void aDecisionBody_isRead_andItsMistakesNamed() {
    assertEquals(
        new MemberResource.MembershipDecisionDto("reject", "Not a creative business"),
        MemberResource.MembershipDecisionDto.parse(
            "{\"decision\":\"reject\",\"reason\":\"Not a creative business\"}"));
    assertEquals(
        "", MemberResource.MembershipDecisionDto.parse("{\"decision\":\"approve\"}").reason());
    for (String body :
        new String[] {"", "[]", "{\"decision\":1}", "{\"decision\":\"x\",\"reason\":2}"}) {
      org.junit.jupiter.api.Assertions.assertThrows(
          lu.creativecluster.adapter.rest.problem.InvalidBodyException.class,
          () -> MemberResource.MembershipDecisionDto.parse(body),
          body);
    }
  }
}
