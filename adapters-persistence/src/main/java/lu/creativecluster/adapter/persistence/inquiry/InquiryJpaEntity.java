package lu.creativecluster.adapter.persistence.inquiry;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** Persistence adapter: one row of {@code inquiry}, with its follow-ups and steps in order. */
@Entity
@Table(name = "inquiry")
class InquiryJpaEntity {

  static final int BATCH = 50;

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  UUID id;

  @Column(name = "kind", nullable = false, updatable = false, length = 16)
  String kind;

  @Column(name = "topic", nullable = false, updatable = false, length = 40)
  String topic;

  @Column(name = "sector", updatable = false, length = 40)
  String sector;

  @Column(name = "message", nullable = false, length = 5000)
  String message;

  @Column(name = "asker_name", length = 120)
  String askerName;

  @Column(name = "asker_email", length = 254)
  String askerEmail;

  @Column(name = "asker_organisation", length = 160)
  String askerOrganisation;

  @Column(name = "language", nullable = false, updatable = false, length = 8)
  String language;

  @Column(name = "received_at", nullable = false, updatable = false)
  Instant receivedAt;

  @Column(name = "due_date", nullable = false, updatable = false)
  LocalDate dueDate;

  @Column(name = "status", nullable = false, length = 16)
  String status;

  @Column(name = "recipient_id")
  UUID recipientId;

  @Column(name = "tracking_hash", length = 64)
  String trackingHash;

  @Column(name = "recipient_link_hash", length = 64)
  String recipientLinkHash;

  @Column(name = "answer_text", length = 10_000)
  String answerText;

  @Column(name = "answer_by", length = 200)
  String answerBy;

  @Column(name = "answer_recipient_id")
  UUID answerRecipientId;

  @Column(name = "answered_at")
  Instant answeredAt;

  @Column(name = "closed_at")
  Instant closedAt;

  @Column(name = "reminded_at")
  Instant remindedAt;

  @Column(name = "anonymised_at")
  Instant anonymisedAt;

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "inquiry_follow_up", joinColumns = @JoinColumn(name = "inquiry_id"))
  @OrderColumn(name = "position")
  List<FollowUpEmbeddable> followUps = new ArrayList<>();

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "inquiry_step", joinColumns = @JoinColumn(name = "inquiry_id"))
  @OrderColumn(name = "position")
  List<InquiryStepEmbeddable> steps = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  long version;

  protected InquiryJpaEntity() {}
}
