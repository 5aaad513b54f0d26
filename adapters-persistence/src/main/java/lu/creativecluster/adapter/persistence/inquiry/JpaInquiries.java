package lu.creativecluster.adapter.persistence.inquiry;

import static lu.creativecluster.adapter.persistence.store.StoredInstants.storedCeiling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
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

  private final Supplier<EntityManager> entityManager;

  /** For CDI's client proxy only. */
  protected JpaInquiries() {
    this.entityManager = null;
  }

  @Inject
  JpaInquiries(ClusterStore store) {
    this(store::entityManager);
  }

  JpaInquiries(Supplier<EntityManager> entityManager) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
  }

  @Override
  public void add(Inquiry inquiry) {
    EntityManager em = entityManager.get();
    em.persist(InquiryMapper.toNewEntity(inquiry));
    em.flush();
  }

  @Override
  public void save(Inquiry inquiry) {
    EntityManager em = entityManager.get();
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
   * One statement with both lists fetched (an inquiry has a handful of steps and follow-ups, so the
   * joined rows stay few), read-only so that the commit has nothing of it to compare.
   */
  @Override
  public Optional<Inquiry> readByTrackingHash(String hash) {
    Objects.requireNonNull(hash, "hash");
    return entityManager
        .get()
        .createQuery(
            "select distinct i from InquiryJpaEntity i left join fetch i.followUps"
                + " left join fetch i.steps where i.trackingHash = :hash",
            InquiryJpaEntity.class)
        .setParameter("hash", hash)
        .setHint(HibernateHints.HINT_READ_ONLY, true)
        .getResultStream()
        .findFirst()
        .map(InquiryMapper::toDomain);
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
