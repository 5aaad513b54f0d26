package lu.creativecluster.domain.event;

import java.util.Objects;
import java.util.UUID;

/** Value type: the identity of an event, never reused. */
public record EventId(UUID value) {

  public EventId {
    Objects.requireNonNull(value, "value");
  }

  public static EventId newId() {
    return new EventId(UUID.randomUUID());
  }

  /**
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static EventId parse(String text) {
    Objects.requireNonNull(text, "text");
    return new EventId(UUID.fromString(text.strip()));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
