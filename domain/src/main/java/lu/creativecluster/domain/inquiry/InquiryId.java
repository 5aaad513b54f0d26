package lu.creativecluster.domain.inquiry;

import java.util.Objects;
import java.util.UUID;

/** Identity of an inquiry. Never shown to askers: they hold a tracking token instead. */
public record InquiryId(UUID value) {

  public InquiryId {
    Objects.requireNonNull(value, "value");
  }

  public static InquiryId newId() {
    return new InquiryId(UUID.randomUUID());
  }

  /**
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static InquiryId parse(String text) {
    Objects.requireNonNull(text, "text");
    return new InquiryId(UUID.fromString(text.strip()));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
