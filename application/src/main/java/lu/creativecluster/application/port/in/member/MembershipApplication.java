package lu.creativecluster.application.port.in.member;

import java.util.List;
import java.util.Objects;
import lu.creativecluster.domain.member.DuplicateCandidate;
import lu.creativecluster.domain.member.Member;

/**
 * Result: the member record an application created, and the existing members it probably duplicates
 * (for staff; never shown to the applicant).
 */
public record MembershipApplication(Member member, List<DuplicateCandidate> duplicates) {

  public MembershipApplication {
    Objects.requireNonNull(member, "member");
    duplicates = List.copyOf(Objects.requireNonNull(duplicates, "duplicates"));
  }

  public boolean likelyDuplicate() {
    return !duplicates.isEmpty();
  }
}
