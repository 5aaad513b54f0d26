package lu.creativecluster.application.port.in.member;

import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.PublicMemberView;

/**
 * Read model: a member's profile as the actor may see it: always the public view; the whole record
 * (private details, every contact field, status and history) only for staff and the member itself.
 */
public record MemberView(PublicMemberView publicView, Optional<Member> full) {

  public MemberView {
    Objects.requireNonNull(publicView, "publicView");
    Objects.requireNonNull(full, "full");
  }

  public boolean isComplete() {
    return full.isPresent();
  }
}
