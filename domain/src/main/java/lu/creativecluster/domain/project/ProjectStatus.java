package lu.creativecluster.domain.project;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Value type: where a project stands. It moves forward only (idea, matching, running, completed)
 * and may be abandoned before it completes; completed and abandoned are final.
 */
public enum ProjectStatus {
  IDEA("idea"),
  MATCHING("matching"),
  RUNNING("running"),
  COMPLETED("completed"),
  ABANDONED("abandoned");

  private final String code;

  ProjectStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<ProjectStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  /** The statuses a project may move to from this one. */
  public Set<ProjectStatus> next() {
    return switch (this) {
      case IDEA -> EnumSet.of(MATCHING, ABANDONED);
      case MATCHING -> EnumSet.of(RUNNING, ABANDONED);
      case RUNNING -> EnumSet.of(COMPLETED, ABANDONED);
      case COMPLETED, ABANDONED -> EnumSet.noneOf(ProjectStatus.class);
    };
  }

  public boolean canBecome(ProjectStatus target) {
    return next().contains(target);
  }

  public boolean isFinal() {
    return this == COMPLETED || this == ABANDONED;
  }

  @Override
  public String toString() {
    return code;
  }
}
