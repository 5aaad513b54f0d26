package lu.creativecluster.adapter.persistence.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.inquiry.InquiryMailTexts;
import lu.creativecluster.application.port.out.inquiry.StoredMailText;
import lu.creativecluster.domain.inquiry.InquiryMailKind;
import lu.creativecluster.domain.inquiry.InquiryMailText;
import lu.creativecluster.domain.shared.Language;

/**
 * Persistence adapter: the admins' wording of the inquiry mails through JPA. A change locks the row
 * and compares the version read with the stored one, like the missions; two admins saving a first
 * wording at once meet the primary key, and the second is told, not overwritten.
 */
@ApplicationScoped
public class JpaInquiryMailTexts implements InquiryMailTexts {

  private final Supplier<EntityManager> entityManager;

  /** For CDI's client proxy only. */
  protected JpaInquiryMailTexts() {
    this.entityManager = null;
  }

  @Inject
  JpaInquiryMailTexts(ClusterStore store) {
    this(store::entityManager);
  }

  JpaInquiryMailTexts(Supplier<EntityManager> entityManager) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
  }

  @Override
  public Optional<StoredMailText> find(InquiryMailKind kind, Language language) {
    return Optional.ofNullable(
            entityManager
                .get()
                .find(
                    MailTextJpaEntity.class,
                    new MailTextJpaEntity.Key(kind.code(), language.code())))
        .map(JpaInquiryMailTexts::toStored);
  }

  @Override
  public List<StoredMailText> all() {
    return entityManager
        .get()
        .createQuery(
            "select t from MailTextJpaEntity t order by t.kind, t.language",
            MailTextJpaEntity.class)
        .getResultList()
        .stream()
        .map(JpaInquiryMailTexts::toStored)
        .toList();
  }

  @Override
  public void save(InquiryMailText text, long expectedVersion) {
    EntityManager em = entityManager.get();
    MailTextJpaEntity entity = locked(em, text.kind(), text.language(), expectedVersion);
    if (entity == null) {
      entity = new MailTextJpaEntity(text.kind().code(), text.language().code());
      entity.version = 0;
      copy(text, entity);
      try {
        em.persist(entity);
        em.flush();
      } catch (PersistenceException e) {
        throw new ConcurrentUpdateException("the mail text " + text.kind().code(), e);
      }
      return;
    }
    copy(text, entity);
    entity.version = expectedVersion + 1;
    em.flush();
  }

  @Override
  public void remove(InquiryMailKind kind, Language language, long expectedVersion) {
    EntityManager em = entityManager.get();
    MailTextJpaEntity entity = locked(em, kind, language, expectedVersion);
    if (entity == null) {
      throw new ConcurrentUpdateException("the mail text " + kind.code(), null);
    }
    em.remove(entity);
    em.flush();
  }

  /** The stored row under a write lock, or null if none; refuses a version other than read. */
  private static MailTextJpaEntity locked(
      EntityManager em, InquiryMailKind kind, Language language, long expectedVersion) {
    MailTextJpaEntity entity =
        em.find(
            MailTextJpaEntity.class,
            new MailTextJpaEntity.Key(kind.code(), language.code()),
            LockModeType.PESSIMISTIC_WRITE);
    long stored = entity == null ? NOT_STORED : entity.version;
    if (stored != expectedVersion) {
      throw new ConcurrentUpdateException("the mail text " + kind.code(), null);
    }
    return entity;
  }

  private static void copy(InquiryMailText text, MailTextJpaEntity entity) {
    entity.subject = text.subject();
    entity.body = text.body();
  }

  private static StoredMailText toStored(MailTextJpaEntity entity) {
    return new StoredMailText(
        new InquiryMailText(
            InquiryMailKind.fromCode(entity.kind).orElseThrow(),
            Language.fromTag(entity.language).orElseThrow(),
            entity.subject,
            entity.body),
        entity.version);
  }
}
