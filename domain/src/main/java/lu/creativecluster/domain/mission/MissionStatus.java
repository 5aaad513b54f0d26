package lu.creativecluster.domain.mission;

import java.util.Optional;
import java.util.Set;
import lu.creativecluster.domain.cooperation.Codes;

/**
 * Value type: where a mission stands. Planned, then open for applications, closed, completed; or
 * cancelled at any point before it is completed.
 */
public enum MissionStatus {
  PLANNED,
  OPEN,
  CLOSED,
  COMPLETED,
  CANCELLED;

  /** The stable code it is stored and published under ({@code planned}). */
  public String code() {
    return Codes.of(this);
  }

  public static Optional<MissionStatus> fromCode(String code) {
    return Codes.parse(MissionStatus.class, MissionStatus::code, code);
  }

  public boolean canBecome(MissionStatus next) {
    return switch (this) {
      case PLANNED -> Set.of(OPEN, CANCELLED).contains(next);
      case OPEN -> Set.of(CLOSED, CANCELLED).contains(next);
      case CLOSED -> Set.of(COMPLETED, CANCELLED).contains(next);
      case COMPLETED, CANCELLED -> false;
    };
  }

  /** Whether the mission is over, one way or the other. */
  public boolean isFinal() {
    return this == COMPLETED || this == CANCELLED;
  }
}
