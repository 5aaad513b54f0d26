package lu.creativecluster.domain.inquiry;

import java.util.Objects;
import java.util.UUID;

/** Identity of a recipient: an institution or an expert inquiries are forwarded to. */
public record RecipientId(UUID value) {

  public RecipientId {
    Objects.requireNonNull(value, "value");
  }

  public static RecipientId newId() {
    return new RecipientId(UUID.randomUUID());
  }

  /**
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static RecipientId parse(String text) {
    Objects.requireNonNull(text, "text");
    return new RecipientId(UUID.fromString(text.strip()));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
