package lu.creativecluster.application.service.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.member.ApplyForMembershipCommand;
import lu.creativecluster.application.port.in.member.ApplyForMembershipUseCase;
import lu.creativecluster.application.port.in.member.MembershipApplication;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.ContactDetails;
import lu.creativecluster.domain.member.DuplicateCandidate;
import lu.creativecluster.domain.member.DuplicateDetector;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.Slug;

/**
 * Use case service: a visitor applies for membership. The record gets the first free slug its name
 * suggests ({@code atelier-nord}, then {@code atelier-nord-2}, …) and is checked against the
 * existing members for likely duplicates.
 */
@ApplicationScoped
@Transactional
public class ApplyForMembershipService implements ApplyForMembershipUseCase {

  /** Namesakes beyond this many share a name so often that a random suffix is kinder. */
  private static final int MAX_NUMBERED_SLUGS = 50;

  private final Members members;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected ApplyForMembershipService() {
    this(null, null);
  }

  @Inject
  public ApplyForMembershipService(Members members, Clock clock) {
    this.members = members;
    this.clock = clock;
  }

  @Override
  public MembershipApplication apply(ApplyForMembershipCommand command) {
    if (command.actor().kind() == Actor.Kind.PARTNER) {
      throw new AccessDeniedException("partner systems do not apply for membership");
    }
    ContactDetails contact =
        ContactDetails.privately(Optional.of(command.email()), command.phone())
            .revisedTo(
                Optional.of(command.email()),
                command.phone(),
                command.showEmail(),
                command.showPhone(),
                clock.instant());
    MemberId id = MemberId.newId();
    Member member =
        Member.apply(
            id,
            freeSlug(Slug.derivedFrom(command.profile().displayName()), id),
            command.profile(),
            contact,
            command.privateDetails(),
            command.actor(),
            clock);
    List<DuplicateCandidate> duplicates =
        DuplicateDetector.candidatesFor(member, members.duplicateCandidatesFor(member));
    members.add(member);
    return new MembershipApplication(member, duplicates);
  }

  private Slug freeSlug(Slug base, MemberId id) {
    if (!members.slugTaken(base)) {
      return base;
    }
    for (int n = 2; n <= MAX_NUMBERED_SLUGS; n++) {
      Slug numbered = base.withSuffix(n);
      if (!members.slugTaken(numbered)) {
        return numbered;
      }
    }
    return base.withSuffix(id.value().toString().substring(0, 8));
  }
}
