package lu.creativecluster.adapter.persistence.inquiry;

import static lu.creativecluster.adapter.persistence.store.StoredInstants.storedCeiling;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.adapter.persistence.store.PersistenceFailures;
import lu.creativecluster.adapter.persistence.store.StampedCache;
import lu.creativecluster.application.port.in.inquiry.InboxPage;
import lu.creativecluster.application.port.in.inquiry.InboxQuery;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.inquiry.Inquiries;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryId;
import lu.creativecluster.domain.inquiry.InquiryStatus;
import lu.creativecluster.domain.inquiry.InquiryTopic;
import lu.creativecluster.domain.shared.Email;
import org.hibernate.jpa.HibernateHints;

/**
 * Persistence adapter: inquiries through JPA, in the caller's transaction (the services are
 * {@code @Transactional}).
 *
 * <p>The asker's tracking read ({@link #readByTrackingHash}) is kept in a {@link StampedCache}
 * under the stamp of the inquiry table: inquiries are never deleted and every change of one (a
 * follow-up, a status change, an answer, the anonymisation) goes through {@link #save}, which
 * raises its version, so any change moves the stamp and the next read on this server asks the
 * database again ({@link StampedCache#written}); another server sees it within {@link
 * StampedCache#RECHECK_MILLIS}. Only the holder of the token reaches an entry (its key is the
 * token's hash), and the kept state carries no staff-only rights: the services decide what is
 * shown. Anonymising removes the hash, so an anonymised inquiry is never found again.
 */
@ApplicationScoped
public class JpaInquiries implements Inquiries {

  private static final List<String> AWAITING =
      List.of(
          InquiryStatus.RECEIVED.code(),
          InquiryStatus.TRIAGED.code(),
          InquiryStatus.FORWARDED.code());
  private static final List<String> FINAL =
      List.of(InquiryStatus.CLOSED.code(), InquiryStatus.REJECTED.code());

  private static final String INQUIRY_ENTITY = "InquiryJpaEntity";

  /** Tracking reads kept: a few hundred askers looking at their inquiry at once, at most. */
  static final int TRACKING_CACHE_SIZE = 256;

  private final Supplier<EntityManager> entityManager;
  private final StampedCache<String, Inquiry.State> trackingReads;

  /**
   * Tells whether the caller runs in a transaction. Without one (the tracking read runs outside
   * any, {@code TrackInquiryService}) nothing was written by it and the cache needs no check of the
   * persistence context, which would open one; null outside the container (the tests), where the
   * persistence context is always checked.
   */
  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  /** For CDI's client proxy only. */
  protected JpaInquiries() {
    this.entityManager = null;
    this.trackingReads = null;
  }

  @Inject
  JpaInquiries(ClusterStore store) {
    this(store::entityManager);
  }

  JpaInquiries(Supplier<EntityManager> entityManager) {
    this(
        entityManager,
        new StampedCache<>(TRACKING_CACHE_SIZE, StampedCache.RECHECK_MILLIS, System::nanoTime));
  }

  /** With a cache of the caller's (tests pass one on their own clock). */
  JpaInquiries(
      Supplier<EntityManager> entityManager, StampedCache<String, Inquiry.State> trackingReads) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    this.trackingReads = Objects.requireNonNull(trackingReads, "trackingReads");
  }

  @Override
  public void add(Inquiry inquiry) {
    EntityManager em = entityManager.get();
    trackingReads.written(em);
    // Not flushed here: the commit writes it in one batch with the confirmation mail.
    em.persist(InquiryMapper.toNewEntity(inquiry));
  }

  @Override
  public void save(Inquiry inquiry) {
    EntityManager em = entityManager.get();
    trackingReads.written(em);
    InquiryJpaEntity entity = em.find(InquiryJpaEntity.class, inquiry.id().value());
    if (entity == null || entity.version != inquiry.version()) {
      throw new ConcurrentUpdateException("inquiry " + inquiry.id(), null);
    }
    InquiryMapper.copy(inquiry, entity);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (PersistenceFailures.isStale(e)) {
        throw new ConcurrentUpdateException("inquiry " + inquiry.id(), e);
      }
      throw e;
    }
  }

  @Override
  public Optional<Inquiry> byId(InquiryId id) {
    return Optional.ofNullable(entityManager.get().find(InquiryJpaEntity.class, id.value()))
        .map(InquiryMapper::toDomain);
  }

  @Override
  public Optional<Inquiry> byTrackingHash(String hash) {
    return single("i.trackingHash = :hash", hash);
  }

  /**
   * From the cache while the inquiry table's stamp is the one it was read at (see the class
   * comment), else one statement with both lists fetched (an inquiry has a handful of steps and
   * follow-ups, so the joined rows stay few), read-only so that a commit has nothing of it to
   * compare. Each call builds its own inquiry from the kept state, so nothing a caller does to it
   * reaches the cache. A transaction that wrote inquiries reads the database and keeps nothing: it
   * sees its own uncommitted rows.
   */
  @Override
  public Optional<Inquiry> readByTrackingHash(String hash) {
    Objects.requireNonNull(hash, "hash");
    EntityManager em = entityManager.get();
    boolean cacheable = untouched(em);
    List<?> stamp = cacheable ? trackingReads.currentStamp(em, INQUIRY_ENTITY) : null;
    if (cacheable) {
      Inquiry.State kept = trackingReads.get(hash, stamp);
      if (kept != null) {
        return Optional.of(Inquiry.reconstitute(kept));
      }
    }
    // getResultList, not a stream: outside a transaction the container closes its short-lived
    // EntityManager when the list is read.
    List<InquiryJpaEntity> found =
        em.createQuery(
                "select distinct i from InquiryJpaEntity i left join fetch i.followUps"
                    + " left join fetch i.steps where i.trackingHash = :hash",
                InquiryJpaEntity.class)
            .setParameter("hash", hash)
            .setHint(HibernateHints.HINT_READ_ONLY, true)
            .getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Inquiry.State state = InquiryMapper.toState(found.get(0));
    if (cacheable) {
      trackingReads.put(hash, stamp, state);
    }
    return Optional.of(Inquiry.reconstitute(state));
  }

  /** Whether this caller wrote no inquiry yet in its transaction (true without a transaction). */
  private boolean untouched(EntityManager em) {
    if (transactions != null
        && transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
      return true;
    }
    return StampedCache.untouched(em, InquiryJpaEntity.class);
  }

  /** The stamp the tracking reads are kept under (see the class comment). */
  @Override
  public Object trackingStamp() {
    return trackingReads.currentStamp(entityManager.get(), INQUIRY_ENTITY);
  }

  @Override
  public Optional<Inquiry> byRecipientLinkHash(String hash) {
    return single("i.recipientLinkHash = :hash", hash);
  }

  private Optional<Inquiry> single(String condition, String hash) {
    Objects.requireNonNull(hash, "hash");
    return entityManager
        .get()
        .createQuery("select i from InquiryJpaEntity i where " + condition, InquiryJpaEntity.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst()
        .map(InquiryMapper::toDomain);
  }

  @Override
  public InboxPage inbox(InboxQuery query, LocalDate today) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (!query.statuses().isEmpty()) {
      conditions.add("i.status in :statuses");
      parameters.put("statuses", query.statuses().stream().map(InquiryStatus::code).toList());
    }
    if (!query.topics().isEmpty()) {
      conditions.add("i.topic in :topics");
      parameters.put("topics", query.topics().stream().map(InquiryTopic::code).toList());
    }
    query
        .recipient()
        .ifPresent(
            recipient -> {
              conditions.add("i.recipientId = :recipient");
              parameters.put("recipient", recipient.value());
            });
    if (query.overdueOnly()) {
      conditions.add("i.status in :awaiting and i.dueDate < :today");
      parameters.put("awaiting", AWAITING);
      parameters.put("today", today);
    }
    if (!query.q().isEmpty()) {
      // Each word must appear somewhere: in the message or in the asker's name, address or
      // organisation (so "atelier bert" finds Bert's inquiry from the Atelier).
      String[] words = query.q().toLowerCase(Locale.ROOT).split("\\s+");
      for (int w = 0; w < words.length; w++) {
        String p = "q" + w;
        conditions.add(
            "(lower(i.message) like :"
                + p
                + " escape '\\' or lower(i.askerName) like :"
                + p
                + " escape '\\' or lower(i.askerEmail) like :"
                + p
                + " escape '\\' or lower(i.askerOrganisation) like :"
                + p
                + " escape '\\')");
        parameters.put(p, "%" + escapeLike(words[w]) + "%");
      }
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    EntityManager em = entityManager.get();
    TypedQuery<Long> count =
        em.createQuery("select count(i) from InquiryJpaEntity i" + where, Long.class);
    TypedQuery<InquiryJpaEntity> items =
        em.createQuery(
            "select i from InquiryJpaEntity i" + where + " order by i.receivedAt desc, i.id",
            InquiryJpaEntity.class);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          items.setParameter(name, value);
        });
    long total = count.getSingleResult();
    List<Inquiry> page =
        items
            .setFirstResult(query.page() * query.size())
            .setMaxResults(query.size())
            .getResultList()
            .stream()
            .map(InquiryMapper::toDomain)
            .toList();
    return new InboxPage(page, total, query.page(), query.size());
  }

  @Override
  public List<Inquiry> overdueUnreminded(LocalDate today, int max) {
    return entityManager
        .get()
        .createQuery(
            "select i from InquiryJpaEntity i where i.status = :forwarded and i.dueDate < :today"
                + " and i.remindedAt is null order by i.dueDate, i.id",
            InquiryJpaEntity.class)
        .setParameter("forwarded", InquiryStatus.FORWARDED.code())
        .setParameter("today", today)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(InquiryMapper::toDomain)
        .toList();
  }

  @Override
  public List<Inquiry> closedBeforeNotAnonymised(Instant before, int max) {
    return entityManager
        .get()
        .createQuery(
            "select i from InquiryJpaEntity i where i.status in :final and i.anonymisedAt is null"
                + " and i.closedAt < :before order by i.closedAt, i.id",
            InquiryJpaEntity.class)
        .setParameter("final", FINAL)
        .setParameter("before", storedCeiling(before))
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(InquiryMapper::toDomain)
        .toList();
  }

  @Override
  public List<Inquiry> receivedBetween(Instant from, Instant to) {
    return entityManager
        .get()
        .createQuery(
            "select i from InquiryJpaEntity i where i.receivedAt >= :from and i.receivedAt < :to"
                + " order by i.receivedAt, i.id",
            InquiryJpaEntity.class)
        .setParameter("from", storedCeiling(from))
        .setParameter("to", storedCeiling(to))
        .getResultList()
        .stream()
        .map(InquiryMapper::toDomain)
        .toList();
  }

  @Override
  public List<Inquiry> byAskerEmail(Email email) {
    return entityManager
        .get()
        .createQuery(
            "select i from InquiryJpaEntity i where i.askerEmail = :email"
                + " order by i.receivedAt desc, i.id",
            InquiryJpaEntity.class)
        .setParameter("email", email.value())
        .getResultList()
        .stream()
        .map(InquiryMapper::toDomain)
        .toList();
  }

  private static String escapeLike(String word) {
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
