package lu.creativecluster.adapter.persistence.inquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** Persistence adapter: one row of {@code inquiry_follow_up}. */
@Embeddable
class FollowUpEmbeddable {

  @Column(name = "author", nullable = false, length = 8)
  String author;

  @Column(name = "written_at", nullable = false)
  Instant writtenAt;

  @Column(name = "text", nullable = false, length = 5000)
  String text;

  protected FollowUpEmbeddable() {}

  FollowUpEmbeddable(String author, Instant writtenAt, String text) {
    this.author = author;
    this.writtenAt = writtenAt;
    this.text = text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FollowUpEmbeddable f
        && Objects.equals(author, f.author)
        && Objects.equals(writtenAt, f.writtenAt)
        && Objects.equals(text, f.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(author, writtenAt, text);
  }
}
