package lu.creativecluster.application.port.in.member;

import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MemberProfile;
import lu.creativecluster.domain.member.PhoneNumber;
import lu.creativecluster.domain.member.PrivateDetails;
import lu.creativecluster.domain.shared.Email;

/**
 * Command: the member (or staff) replace the profile, contact details and private details.
 *
 * @param expectedVersion the version the editor saw; a stale one is refused, never overwritten
 * @param privateDetails internal notes are taken only from staff; a member keeps staff's notes
 */
public record UpdateMemberProfileCommand(
    Actor actor,
    MemberId member,
    long expectedVersion,
    MemberProfile profile,
    Optional<Email> email,
    Optional<PhoneNumber> phone,
    boolean showEmail,
    boolean showPhone,
    PrivateDetails privateDetails) {

  public UpdateMemberProfileCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(privateDetails, "privateDetails");
  }
}
