package lu.creativecluster.adapter.persistence.inquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Persistence adapter: one row of {@code inquiry_routing_rule}. */
@Entity
@Table(name = "inquiry_routing_rule")
class RoutingRuleJpaEntity {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  UUID id;

  @Column(name = "topic", nullable = false, length = 40)
  String topic;

  @Column(name = "sector", length = 40)
  String sector;

  @Column(name = "language", length = 8)
  String language;

  @Column(name = "recipient_id", nullable = false)
  UUID recipientId;

  protected RoutingRuleJpaEntity() {}

  RoutingRuleJpaEntity(UUID id, String topic, String sector, String language, UUID recipientId) {
    this.id = id;
    this.topic = topic;
    this.sector = sector;
    this.language = language;
    this.recipientId = recipientId;
  }
}
