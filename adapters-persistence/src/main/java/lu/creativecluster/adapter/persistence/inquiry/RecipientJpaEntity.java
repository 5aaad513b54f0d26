package lu.creativecluster.adapter.persistence.inquiry;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * Persistence adapter: one row of {@code inquiry_recipient} with its languages, topics, sectors.
 */
@Entity
@Table(name = "inquiry_recipient")
class RecipientJpaEntity {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  UUID id;

  @Column(name = "kind", nullable = false, length = 16)
  String kind;

  @Column(name = "name", nullable = false, length = 160)
  String name;

  @Column(name = "member_id")
  UUID memberId;

  @Column(name = "email", nullable = false, length = 254)
  String email;

  @Column(name = "phone", nullable = false, length = 40)
  String phone;

  @Column(name = "active", nullable = false)
  boolean active;

  @ElementCollection
  @BatchSize(size = 50)
  @CollectionTable(
      name = "inquiry_recipient_language",
      joinColumns = @JoinColumn(name = "recipient_id"))
  @Column(name = "language", nullable = false, length = 8)
  Set<String> languages = new HashSet<>();

  @ElementCollection
  @BatchSize(size = 50)
  @CollectionTable(
      name = "inquiry_recipient_topic",
      joinColumns = @JoinColumn(name = "recipient_id"))
  @Column(name = "topic", nullable = false, length = 40)
  Set<String> topics = new HashSet<>();

  @ElementCollection
  @BatchSize(size = 50)
  @CollectionTable(
      name = "inquiry_recipient_sector",
      joinColumns = @JoinColumn(name = "recipient_id"))
  @Column(name = "sector", nullable = false, length = 40)
  Set<String> sectors = new HashSet<>();

  protected RecipientJpaEntity() {}

  RecipientJpaEntity(UUID id) {
    this.id = id;
  }
}
