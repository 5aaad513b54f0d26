package lu.creativecluster.application.service.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import lu.creativecluster.application.port.in.member.UpdateMemberProfileCommand;
import lu.creativecluster.application.port.in.member.UpdateMemberProfileUseCase;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.PrivateDetails;

/**
 * Use case service: a member (or staff) edits a profile. The editor's version is checked before
 * anything changes, so a stale form never overwrites someone else's edit.
 */
@ApplicationScoped
@Transactional
public class UpdateMemberProfileService implements UpdateMemberProfileUseCase {

  private final Members members;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected UpdateMemberProfileService() {
    this(null, null);
  }

  @Inject
  public UpdateMemberProfileService(Members members, Clock clock) {
    this.members = members;
    this.clock = clock;
  }

  @Override
  public Member update(UpdateMemberProfileCommand command) {
    Actor actor = command.actor();
    Member member = MemberAccess.load(members, command.member());
    MemberAccess.requireStaffOrOwner(actor, member, "edit a member's profile");
    if (member.version() != command.expectedVersion()) {
      throw new ConcurrentUpdateException("member " + member.id(), null);
    }
    PrivateDetails details = command.privateDetails();
    if (!MemberAccess.isStaff(actor)) {
      // Internal notes are staff's; a member's form neither shows nor changes them.
      details = details.withInternalNotes(member.privateDetails().internalNotes());
    }
    member.updateProfile(command.profile(), clock);
    member.updateContact(
        command.email(),
        command.phone(),
        command.showEmail(),
        command.showPhone(),
        clock.instant());
    member.updatePrivateDetails(details);
    members.save(member);
    return MemberAccess.load(members, member.id());
  }

  @Override
  public Member withdrawContactConsent(Actor actor, MemberId id) {
    Member member = MemberAccess.load(members, id);
    MemberAccess.requireStaffOrOwner(actor, member, "withdraw contact consent");
    member.withdrawContactConsent();
    members.save(member);
    return MemberAccess.load(members, id);
  }
}
