package lu.creativecluster.adapter.persistence.cooperation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;

/** Persistence adapter: one row of {@code partner_cooperation}. */
@Embeddable
class CooperationEmbeddable {

  @Column(name = "id", nullable = false)
  UUID id;

  @Column(name = "kind", length = 24, nullable = false)
  String kind;

  @Column(name = "start_date", nullable = false)
  LocalDate start;

  @Column(name = "end_date")
  LocalDate end;

  @Column(name = "status", length = 16, nullable = false)
  String status;

  @Column(name = "description", length = 2000, nullable = false)
  String description;

  /** The activities, one per line. */
  @Column(name = "activities", length = 9100, nullable = false)
  String activities;

  protected CooperationEmbeddable() {}

  CooperationEmbeddable(
      UUID id,
      String kind,
      LocalDate start,
      LocalDate end,
      String status,
      String description,
      String activities) {
    this.id = id;
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.status = status;
    this.description = description;
    this.activities = activities;
  }
}
