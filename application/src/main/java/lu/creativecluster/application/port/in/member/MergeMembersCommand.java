package lu.creativecluster.application.port.in.member;

import java.util.Objects;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.MemberId;

/**
 * Command: staff merge a duplicate record into the one that stays.
 *
 * @param survivor the record that keeps its profile and slug
 * @param duplicate the record that ends as merged into the survivor
 */
public record MergeMembersCommand(
    Actor actor, MemberId survivor, MemberId duplicate, String sourceAddress) {

  public MergeMembersCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(survivor, "survivor");
    Objects.requireNonNull(duplicate, "duplicate");
    if (survivor.equals(duplicate)) {
      throw new IllegalArgumentException("a member cannot be merged into itself");
    }
    sourceAddress = sourceAddress == null ? "" : sourceAddress;
  }
}
