package lu.creativecluster.adapter.persistence.mail;

import static lu.creativecluster.adapter.persistence.store.StoredInstants.stored;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.application.port.out.mail.MailContent;
import lu.creativecluster.application.port.out.mail.MailOutbox;
import lu.creativecluster.application.port.out.mail.QueuedMail;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.TokenPurpose;

/**
 * Persistence adapter: the mail outbox, kept through JPA. Every method joins the caller's
 * transaction and has one of its own when there is none: a use case enqueues within its
 * transaction, while the delivery job reads and records each attempt outside any, so that no
 * transaction stays open while the mail server answers.
 */
@ApplicationScoped
public class JpaMailOutbox implements MailOutbox {

  /** The standard lock-timeout hint; Hibernate reads the value -2 as SKIP LOCKED. */
  static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";

  static final int SKIP_LOCKED = -2;

  private static final String DUE = " m.deliveredAt is null and m.nextAttemptAt <= :now";

  /** The id breaks ties, so a backlog drains in the order it was written. */
  private static final String OLDEST_FIRST = " order by m.createdAt, m.id";

  /** How many due rows a claim considers for each one it may take (see {@link #claim}). */
  static final int CANDIDATES_PER_CLAIMED = 4;

  private final Supplier<EntityManager> entityManager;

  /** For CDI's client proxy only. */
  protected JpaMailOutbox() {
    this.entityManager = null;
  }

  @Inject
  JpaMailOutbox(ClusterStore store) {
    this(store::entityManager);
  }

  JpaMailOutbox(Supplier<EntityManager> entityManager) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public void enqueue(MailContent mail, Instant at) {
    Objects.requireNonNull(mail, "mail");
    Objects.requireNonNull(at, "at");
    entityManager.get().persist(MailOutboxMapper.toNewEntity(mail, at));
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public List<QueuedMail> due(Instant now, int max) {
    Objects.requireNonNull(now, "now");
    if (max < 0) {
      throw new IllegalArgumentException("max is never negative");
    }
    if (max == 0) {
      return List.of();
    }
    return entityManager
        .get()
        .createQuery(
            "select m from MailOutboxJpaEntity m where" + DUE + OLDEST_FIRST,
            MailOutboxJpaEntity.class)
        .setParameter("now", stored(now))
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(MailOutboxMapper::toQueued)
        .toList();
  }

  /**
   * {@inheritDoc}
   *
   * <p>The oldest due rows are read with a pessimistic write lock that skips rows another
   * transaction has locked ({@code SELECT ... FOR UPDATE SKIP LOCKED} on PostgreSQL), their next
   * attempt moved to the lease, and the claim committed before this method returns (the delivery
   * calls it outside any transaction). A second node claiming at the same moment passes over the
   * locked rows; one claiming after the commit no longer sees them as due, since the lock reads the
   * row again and checks it is still due. On H2, a single-node database, the lock is a plain {@code
   * FOR UPDATE} when the dialect has no skip.
   *
   * <p>The lock is taken in a second statement, on the ids of the {@value #CANDIDATES_PER_CLAIMED}
   * times {@code max} oldest due rows read without one: H2 locks every row its {@code FOR UPDATE}
   * reads before it sorts and limits them, so with a backlog of thousands of mails (a mail server
   * down for an hour) one claim locked and wrote an undo record for each of them, every round. More
   * candidates than {@code max} leave a node claiming beside another some rows to take.
   */
  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public List<QueuedMail> claim(Instant now, int max, Instant leaseUntil) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(leaseUntil, "leaseUntil");
    if (max < 0) {
      throw new IllegalArgumentException("max is never negative");
    }
    if (max == 0) {
      return List.of();
    }
    EntityManager em = entityManager.get();
    List<UUID> candidates =
        em.createQuery(
                "select m.id from MailOutboxJpaEntity m where" + DUE + OLDEST_FIRST, UUID.class)
            .setParameter("now", stored(now))
            .setMaxResults((int) Math.min((long) max * CANDIDATES_PER_CLAIMED, Integer.MAX_VALUE))
            .getResultList();
    if (candidates.isEmpty()) {
      return List.of();
    }
    List<MailOutboxJpaEntity> rows =
        em.createQuery(
                "select m from MailOutboxJpaEntity m where m.id in :candidates and"
                    + DUE
                    + OLDEST_FIRST,
                MailOutboxJpaEntity.class)
            .setParameter("candidates", candidates)
            .setParameter("now", stored(now))
            .setMaxResults(max)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setHint(LOCK_TIMEOUT, SKIP_LOCKED)
            .getResultList();
    List<QueuedMail> claimed = rows.stream().map(MailOutboxMapper::toQueued).toList();
    rows.forEach(row -> row.claimUntil(stored(leaseUntil)));
    em.flush();
    return claimed;
  }

  /**
   * {@inheritDoc} The body becomes NULL; the row stays.
   *
   * @throws IllegalArgumentException if no such mail is in the outbox
   */
  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public void delivered(UUID id, Instant at) {
    Objects.requireNonNull(at, "at");
    EntityManager em = entityManager.get();
    queued(em, id).delivered(stored(at));
    em.flush();
  }

  /**
   * The error is kept, cut to 500 characters, for the operator who wonders why a mail is late.
   *
   * @throws IllegalArgumentException if no such mail is in the outbox
   */
  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public void attemptFailed(UUID id, int attempts, Instant nextAttemptAt, String error) {
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts is never negative");
    }
    EntityManager em = entityManager.get();
    queued(em, id)
        .attemptFailed(attempts, stored(nextAttemptAt), MailOutboxMapper.storedError(error));
    em.flush();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public void withdraw(UUID id) {
    Objects.requireNonNull(id, "id");
    entityManager
        .get()
        .createQuery("delete from MailOutboxJpaEntity m where m.id = :id")
        .setParameter("id", id)
        .executeUpdate();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public int withdrawLinkMailsOf(AccountId account) {
    Objects.requireNonNull(account, "account");
    return entityManager
        .get()
        .createQuery(
            "delete from MailOutboxJpaEntity m"
                + " where m.accountId = :account and m.deliveredAt is null")
        .setParameter("account", account.value())
        .executeUpdate();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public long linkMailsSince(AccountId account, TokenPurpose purpose, Instant since) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(since, "since");
    return entityManager
        .get()
        .createQuery(
            "select count(m) from MailOutboxJpaEntity m"
                + " where m.accountId = :account and m.kind = :kind and m.createdAt >= :since",
            Long.class)
        .setParameter("account", account.value())
        .setParameter("kind", MailOutboxMapper.kindCode(purpose))
        .setParameter("since", stored(since))
        .getSingleResult();
  }

  private static MailOutboxJpaEntity queued(EntityManager em, UUID id) {
    Objects.requireNonNull(id, "id");
    MailOutboxJpaEntity entity = em.find(MailOutboxJpaEntity.class, id);
    if (entity == null) {
      throw new IllegalArgumentException("no mail " + id + " in the outbox");
    }
    return entity;
  }
}
