package lu.creativecluster.application.port.in.member;

import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.MemberProfile;
import lu.creativecluster.domain.member.PhoneNumber;
import lu.creativecluster.domain.member.PrivateDetails;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/**
 * Command: someone applies for membership through the public form.
 *
 * @param email where the cluster reaches the applicant, and later the member account's address
 * @param showEmail whether the applicant agrees to show the address on the public profile
 * @param privateDetails legal name and VAT/RCS number; internal notes are staff's and are dropped
 * @param language the applicant's language, for what the cluster sends them
 */
public record ApplyForMembershipCommand(
    Actor actor,
    MemberProfile profile,
    Email email,
    Optional<PhoneNumber> phone,
    boolean showEmail,
    boolean showPhone,
    PrivateDetails privateDetails,
    Language language,
    String sourceAddress) {

  public ApplyForMembershipCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    privateDetails = Objects.requireNonNull(privateDetails, "privateDetails").withInternalNotes("");
    Objects.requireNonNull(language, "language");
    sourceAddress = sourceAddress == null ? "" : sourceAddress;
  }
}
