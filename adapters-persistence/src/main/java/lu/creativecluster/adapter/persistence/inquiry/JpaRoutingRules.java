package lu.creativecluster.adapter.persistence.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.application.port.out.inquiry.RoutingRules;
import lu.creativecluster.domain.inquiry.InquiryTopic;
import lu.creativecluster.domain.inquiry.RecipientId;
import lu.creativecluster.domain.inquiry.RoutingRule;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;

/** Persistence adapter: the routing rules through JPA, in the caller's transaction. */
@ApplicationScoped
public class JpaRoutingRules implements RoutingRules {

  private final Supplier<EntityManager> entityManager;

  /** For CDI's client proxy only. */
  protected JpaRoutingRules() {
    this.entityManager = null;
  }

  @Inject
  JpaRoutingRules(ClusterStore store) {
    this(store::entityManager);
  }

  JpaRoutingRules(Supplier<EntityManager> entityManager) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
  }

  @Override
  public void add(RoutingRule rule) {
    EntityManager em = entityManager.get();
    em.persist(
        new RoutingRuleJpaEntity(
            rule.id(),
            rule.topic().code(),
            rule.sector().map(SectorCode::value).orElse(null),
            rule.language().map(Language::code).orElse(null),
            rule.recipient().value()));
    em.flush();
  }

  @Override
  public void remove(UUID id) {
    entityManager
        .get()
        .createQuery("delete from RoutingRuleJpaEntity r where r.id = :id")
        .setParameter("id", id)
        .executeUpdate();
  }

  @Override
  public List<RoutingRule> all() {
    return entityManager
        .get()
        .createQuery(
            "select r from RoutingRuleJpaEntity r order by r.topic, r.id",
            RoutingRuleJpaEntity.class)
        .getResultList()
        .stream()
        .map(
            r ->
                new RoutingRule(
                    r.id,
                    InquiryTopic.fromCode(r.topic).orElseThrow(),
                    Optional.ofNullable(r.sector).map(SectorCode::new),
                    Optional.ofNullable(r.language)
                        .map(code -> Language.fromTag(code).orElseThrow()),
                    new RecipientId(r.recipientId)))
        .toList();
  }
}
