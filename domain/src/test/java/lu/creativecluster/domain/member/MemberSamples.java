package lu.creativecluster.domain.member;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/** Test data: members as the domain tests need them. */
final class MemberSamples {

  static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");
  static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
  static final Actor VISITOR = Actor.visitor();
  static final Actor STAFF =
      Actor.person(AccountId.newId().toString(), "Staff", Set.of(Role.STAFF));

  private MemberSamples() {}

  static MemberProfile profile(String name) {
    return MemberProfile.builder(
            name,
            MemberKind.COMPANY,
            MemberSectors.of("design", "architecture"),
            ProfileText.in(Language.EN, "We design things."),
            ProfileText.in(Language.FR, "Nous concevons des choses."),
            Location.of("Esch-sur-Alzette", "LU"))
        .build();
  }

  static Member applied(String name) {
    return applied(name, "hello@" + Slug.derivedFrom(name) + ".lu");
  }

  static Member applied(String name, String email) {
    return Member.apply(
        MemberId.newId(),
        Slug.derivedFrom(name),
        profile(name),
        ContactDetails.privately(Optional.of(new Email(email)), Optional.empty()),
        new PrivateDetails(name + " S.à r.l.", "B123456", ""),
        VISITOR,
        CLOCK);
  }

  static Member active(String name) {
    Member member = applied(name);
    member.approve(STAFF, T0.plusSeconds(60));
    return member;
  }
}
