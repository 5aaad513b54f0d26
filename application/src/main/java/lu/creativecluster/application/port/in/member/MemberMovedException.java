package lu.creativecluster.application.port.in.member;

import java.util.Objects;
import lu.creativecluster.domain.member.Slug;

/**
 * Contract exception: the profile asked for was merged into another member, which lives at {@link
 * #survivor()}. Links shared before the merge keep working: adapters answer 301 to the survivor's
 * profile.
 */
public class MemberMovedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Slug survivor;

  public MemberMovedException(String reference, Slug survivor) {
    super("member " + reference + " was merged into " + survivor);
    this.survivor = Objects.requireNonNull(survivor, "survivor");
  }

  public Slug survivor() {
    return survivor;
  }
}
