package lu.creativecluster.domain.project;

import java.util.Objects;
import java.util.UUID;

/** Value type: the identity of a project, never reused. */
public record ProjectId(UUID value) {

  public ProjectId {
    Objects.requireNonNull(value, "value");
  }

  public static ProjectId newId() {
    return new ProjectId(UUID.randomUUID());
  }

  /**
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static ProjectId parse(String text) {
    Objects.requireNonNull(text, "text");
    return new ProjectId(UUID.fromString(text.strip()));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
