package lu.creativecluster.application.service.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import lu.creativecluster.application.port.in.member.MemberMovedException;
import lu.creativecluster.application.port.in.member.MemberNotFoundException;
import lu.creativecluster.application.port.in.member.MemberView;
import lu.creativecluster.application.port.in.member.ShowMemberProfileUseCase;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.Slug;

/**
 * Use case service: shows a profile. Private fields go only to staff and the member itself; a
 * member that is not public does not exist for anyone else (and partner scopes do not change that:
 * the issue keeps private fields for staff and the member).
 */
@ApplicationScoped
@Transactional
public class ShowMemberProfileService implements ShowMemberProfileUseCase {

  private final Members members;

  /** For CDI's client proxy only. */
  protected ShowMemberProfileService() {
    this(null);
  }

  @Inject
  public ShowMemberProfileService(Members members) {
    this.members = members;
  }

  @Override
  public MemberView show(Actor actor, Slug slug) {
    return viewFor(actor, members.bySlug(slug), slug.value());
  }

  @Override
  public MemberView show(Actor actor, MemberId id) {
    return viewFor(actor, members.byId(id), id.toString());
  }

  private MemberView viewFor(Actor actor, Optional<Member> found, String reference) {
    Member member = found.orElseThrow(() -> new MemberNotFoundException(reference));
    if (MemberAccess.isStaff(actor) || MemberAccess.isOwner(actor, member)) {
      return new MemberView(member.publicView(), Optional.of(member));
    }
    if (!member.isPublic()) {
      Optional<Member> survivor = member.mergedInto().flatMap(members::byId);
      if (survivor.isPresent() && survivor.get().isPublic()) {
        throw new MemberMovedException(reference, survivor.get().slug());
      }
      throw new MemberNotFoundException(reference);
    }
    return new MemberView(member.publicView(), Optional.empty());
  }
}
