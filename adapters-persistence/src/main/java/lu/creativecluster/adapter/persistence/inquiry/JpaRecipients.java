package lu.creativecluster.adapter.persistence.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.application.port.out.inquiry.Recipients;
import lu.creativecluster.domain.inquiry.InquiryTopic;
import lu.creativecluster.domain.inquiry.Recipient;
import lu.creativecluster.domain.inquiry.RecipientId;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/** Persistence adapter: the recipient directory through JPA, in the caller's transaction. */
@ApplicationScoped
public class JpaRecipients implements Recipients {

  private final Supplier<EntityManager> entityManager;

  /** For CDI's client proxy only. */
  protected JpaRecipients() {
    this.entityManager = null;
  }

  @Inject
  JpaRecipients(ClusterStore store) {
    this(store::entityManager);
  }

  JpaRecipients(Supplier<EntityManager> entityManager) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
  }

  @Override
  public void put(Recipient recipient) {
    EntityManager em = entityManager.get();
    RecipientJpaEntity entity = em.find(RecipientJpaEntity.class, recipient.id().value());
    boolean isNew = entity == null;
    if (isNew) {
      entity = new RecipientJpaEntity(recipient.id().value());
    }
    entity.kind = recipient.kind().code();
    entity.name = recipient.name();
    entity.memberId = recipient.member().map(MemberId::value).orElse(null);
    entity.email = recipient.email().value();
    entity.phone = recipient.phone();
    entity.active = recipient.active();
    replace(entity.languages, recipient.languages().stream().map(Language::code).toList());
    replace(entity.topics, recipient.topics().stream().map(InquiryTopic::code).toList());
    replace(entity.sectors, recipient.sectors().stream().map(SectorCode::value).toList());
    if (isNew) {
      em.persist(entity);
    }
    em.flush();
  }

  @Override
  public Optional<Recipient> byId(RecipientId id) {
    return Optional.ofNullable(entityManager.get().find(RecipientJpaEntity.class, id.value()))
        .map(JpaRecipients::toDomain);
  }

  @Override
  public List<Recipient> all() {
    return entityManager
        .get()
        .createQuery(
            "select r from RecipientJpaEntity r order by r.name, r.id", RecipientJpaEntity.class)
        .getResultList()
        .stream()
        .map(JpaRecipients::toDomain)
        .toList();
  }

  private static void replace(java.util.Set<String> stored, List<String> wanted) {
    stored.retainAll(wanted);
    stored.addAll(wanted);
  }

  static Recipient toDomain(RecipientJpaEntity e) {
    return new Recipient(
        new RecipientId(e.id),
        Recipient.Kind.fromCode(e.kind).orElseThrow(),
        e.name,
        Optional.ofNullable(e.memberId).map(MemberId::new),
        new Email(e.email),
        e.phone,
        e.languages.stream()
            .map(code -> Language.fromTag(code).orElseThrow())
            .collect(Collectors.toSet()),
        e.topics.stream()
            .map(code -> InquiryTopic.fromCode(code).orElseThrow())
            .collect(Collectors.toSet()),
        e.sectors.stream().map(SectorCode::new).collect(Collectors.toSet()),
        e.active);
  }
}
