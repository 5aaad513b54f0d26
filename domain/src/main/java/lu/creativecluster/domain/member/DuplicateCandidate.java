package lu.creativecluster.domain.member;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Value object: an existing member that a new record probably duplicates, and why. */
public record DuplicateCandidate(
    MemberId member, Slug slug, String displayName, Set<DuplicateReason> reasons) {

  public DuplicateCandidate {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(displayName, "displayName");
    if (reasons == null || reasons.isEmpty()) {
      throw new IllegalArgumentException("a duplicate candidate has a reason");
    }
    reasons = Set.copyOf(EnumSet.copyOf(reasons));
  }
}
