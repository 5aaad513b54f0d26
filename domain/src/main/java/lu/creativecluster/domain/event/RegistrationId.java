package lu.creativecluster.domain.event;

import java.util.Objects;
import java.util.UUID;

/** Value type: the identity of a registration for an event, never reused. */
public record RegistrationId(UUID value) {

  public RegistrationId {
    Objects.requireNonNull(value, "value");
  }

  public static RegistrationId newId() {
    return new RegistrationId(UUID.randomUUID());
  }

  /**
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static RegistrationId parse(String text) {
    Objects.requireNonNull(text, "text");
    return new RegistrationId(UUID.fromString(text.strip()));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
