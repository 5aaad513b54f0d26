package lu.creativecluster.domain.member;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Read model: what anyone may see of a member: the profile and only the contact fields the member
 * agreed to show. No private details, no status history.
 *
 * @param contact only consented fields (see {@link ContactDetails#publicOnly()})
 * @param memberSince when staff first approved the member; empty until then
 */
public record PublicMemberView(
    MemberId id,
    Slug slug,
    MemberProfile profile,
    ContactDetails contact,
    Optional<Instant> memberSince,
    long version) {

  public PublicMemberView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(profile, "profile");
    contact = Objects.requireNonNull(contact, "contact").publicOnly();
    Objects.requireNonNull(memberSince, "memberSince");
  }
}
