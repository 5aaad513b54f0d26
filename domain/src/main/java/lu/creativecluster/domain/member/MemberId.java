package lu.creativecluster.domain.member;

import java.util.Objects;
import java.util.UUID;

/** Value type: the identity of a member record, never reused (not even after a merge). */
public record MemberId(UUID value) {

  public MemberId {
    Objects.requireNonNull(value, "value");
  }

  public static MemberId newId() {
    return new MemberId(UUID.randomUUID());
  }

  /**
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static MemberId parse(String text) {
    Objects.requireNonNull(text, "text");
    return new MemberId(UUID.fromString(text.strip()));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
