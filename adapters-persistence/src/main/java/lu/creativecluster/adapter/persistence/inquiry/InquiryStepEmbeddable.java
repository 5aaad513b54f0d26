package lu.creativecluster.adapter.persistence.inquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** Persistence adapter: one row of {@code inquiry_step}. */
@Embeddable
class InquiryStepEmbeddable {

  @Column(name = "kind", nullable = false, length = 16)
  String kind;

  @Column(name = "status", nullable = false, length = 16)
  String status;

  @Column(name = "by_actor", nullable = false, length = 200)
  String by;

  @Column(name = "taken_at", nullable = false)
  Instant takenAt;

  @Column(name = "why", nullable = false, length = 1000)
  String why;

  protected InquiryStepEmbeddable() {}

  InquiryStepEmbeddable(String kind, String status, String by, Instant takenAt, String why) {
    this.kind = kind;
    this.status = status;
    this.by = by;
    this.takenAt = takenAt;
    this.why = why;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InquiryStepEmbeddable s
        && Objects.equals(kind, s.kind)
        && Objects.equals(status, s.status)
        && Objects.equals(by, s.by)
        && Objects.equals(takenAt, s.takenAt)
        && Objects.equals(why, s.why);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, status, by, takenAt, why);
  }
}
