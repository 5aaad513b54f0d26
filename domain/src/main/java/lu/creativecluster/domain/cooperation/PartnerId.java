package lu.creativecluster.domain.cooperation;

import java.util.Objects;
import java.util.UUID;

/** Value type: the identity of a partner organisation abroad. */
public record PartnerId(UUID value) {

  public PartnerId {
    Objects.requireNonNull(value, "value");
  }

  public static PartnerId newId() {
    return new PartnerId(UUID.randomUUID());
  }

  /**
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static PartnerId parse(String text) {
    Objects.requireNonNull(text, "text");
    return new PartnerId(UUID.fromString(text.strip()));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
