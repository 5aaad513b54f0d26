package lu.creativecluster.adapter.persistence.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.adapter.persistence.store.StampedCache;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.inquiry.InquiryMailTexts;
import lu.creativecluster.application.port.out.inquiry.StoredMailText;
import lu.creativecluster.domain.inquiry.InquiryMailKind;
import lu.creativecluster.domain.inquiry.InquiryMailText;
import lu.creativecluster.domain.shared.Language;
import org.hibernate.jpa.HibernateHints;

/**
 * Persistence adapter: the admins' wording of the inquiry mails through JPA. A change locks the row
 * and compares the version read with the stored one, like the missions; two admins saving a first
 * wording at once meet the primary key, and the second is told, not overwritten.
 *
 * <p>Every inquiry mail looks its wording up ({@link #find}), so the few stored texts are kept in
 * memory, all read in one statement, under a {@link StampedCache} stamp of the table: row count,
 * sum of versions and sum of the texts' lengths (rows are deleted when a wording is reset, so count
 * and versions alone could come back to an earlier value). A save or reset through this server is
 * used by its next mail; one made on another server within {@link StampedCache#RECHECK_MILLIS}. The
 * one change the stamp cannot tell is a reset and a new first wording of the same length, both on
 * another server within one interval; that server's next change ends it.
 */
@ApplicationScoped
public class JpaInquiryMailTexts implements InquiryMailTexts {

  private static final String ALL = "all";

  private final Supplier<EntityManager> entityManager;
  private final StampedCache<String, Map<String, StoredMailText>> texts;

  /** For CDI's client proxy only. */
  protected JpaInquiryMailTexts() {
    this.entityManager = null;
    this.texts = null;
  }

  @Inject
  JpaInquiryMailTexts(ClusterStore store) {
    this(store::entityManager);
  }

  JpaInquiryMailTexts(Supplier<EntityManager> entityManager) {
    this(entityManager, new StampedCache<>(1, StampedCache.RECHECK_MILLIS, System::nanoTime));
  }

  /** With a cache of the caller's (tests pass one on their own clock). */
  JpaInquiryMailTexts(
      Supplier<EntityManager> entityManager,
      StampedCache<String, Map<String, StoredMailText>> texts) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  /**
   * From memory while the table's stamp stands (class comment). A transaction that changed a
   * wording reads the database: it sees its own uncommitted row, which must not be kept.
   */
  @Override
  public Optional<StoredMailText> find(InquiryMailKind kind, Language language) {
    EntityManager em = entityManager.get();
    if (!StampedCache.untouched(em, MailTextJpaEntity.class)) {
      return Optional.ofNullable(
              em.find(
                  MailTextJpaEntity.class, new MailTextJpaEntity.Key(kind.code(), language.code())))
          .map(JpaInquiryMailTexts::toStored);
    }
    List<?> stamp = texts.currentStamp(em, JpaInquiryMailTexts::stamp);
    Map<String, StoredMailText> all = texts.get(ALL, stamp);
    if (all == null) {
      all =
          em
              .createQuery("select t from MailTextJpaEntity t", MailTextJpaEntity.class)
              .setHint(HibernateHints.HINT_READ_ONLY, true)
              .getResultList()
              .stream()
              .map(JpaInquiryMailTexts::toStored)
              .collect(
                  Collectors.toUnmodifiableMap(
                      t -> key(t.text().kind(), t.text().language()), Function.identity()));
      texts.put(ALL, stamp, all);
    }
    return Optional.ofNullable(all.get(key(kind, language)));
  }

  private static String key(InquiryMailKind kind, Language language) {
    return kind.code() + "/" + language.code();
  }

  /** Count, versions and lengths: see the class comment for why the lengths too. */
  private static List<?> stamp(EntityManager em) {
    Object[] row =
        em.createQuery(
                "select count(t), coalesce(sum(t.version), 0L),"
                    + " coalesce(sum(length(t.subject) + length(t.body)), 0L)"
                    + " from MailTextJpaEntity t",
                Object[].class)
            .getSingleResult();
    return List.of(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        ((Number) row[2]).longValue());
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
    texts.written(em);
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
    texts.written(em);
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
