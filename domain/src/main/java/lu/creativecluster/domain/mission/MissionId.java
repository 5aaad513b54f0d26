package lu.creativecluster.domain.mission;

import java.util.Objects;
import java.util.UUID;

/** Value type: the identity of a mission abroad. */
public record MissionId(UUID value) {

  public MissionId {
    Objects.requireNonNull(value, "value");
  }

  public static MissionId newId() {
    return new MissionId(UUID.randomUUID());
  }

  /**
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static MissionId parse(String text) {
    Objects.requireNonNull(text, "text");
    return new MissionId(UUID.fromString(text.strip()));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
