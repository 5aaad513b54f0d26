package lu.creativecluster.adapter.persistence.account;

import static lu.creativecluster.adapter.persistence.store.PersistenceFailures.isStale;
import static lu.creativecluster.adapter.persistence.store.StoredInstants.stored;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.account.OneTimeTokens;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.OneTimeToken;

/**
 * Persistence adapter: the one-time links, kept through JPA. Redeeming is the only change a link
 * sees, and the database lets it happen once: a link already used there, or used by a transaction
 * that commits first, is refused. Redeeming and revoking need the caller's transaction; adding and
 * discarding join it or have one of their own, as the mail delivery calls them outside any.
 */
@ApplicationScoped
public class JpaOneTimeTokens implements OneTimeTokens {

  private final Supplier<EntityManager> entityManager;

  /** For CDI's client proxy only. */
  protected JpaOneTimeTokens() {
    this.entityManager = null;
  }

  @Inject
  JpaOneTimeTokens(ClusterStore store) {
    this(store::entityManager);
  }

  JpaOneTimeTokens(Supplier<EntityManager> entityManager) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public void add(OneTimeToken token) {
    Objects.requireNonNull(token, "token");
    EntityManager em = entityManager.get();
    em.persist(OneTimeTokenMapper.toNewEntity(token));
    em.flush();
  }

  @Override
  public Optional<OneTimeToken> bySecretHash(String secretHash) {
    Objects.requireNonNull(secretHash, "secretHash");
    return entityManager
        .get()
        .createQuery(
            "select t from OneTimeTokenJpaEntity t where t.secretHash = :secretHash",
            OneTimeTokenJpaEntity.class)
        .setParameter("secretHash", secretHash)
        .getResultList()
        .stream()
        .findFirst()
        .map(OneTimeTokenMapper::toDomain);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Only the moment of use is written, and only on a row that has none yet and whose version is
   * the one this transaction read: of two transactions redeeming the same link, the second waits
   * for the first and then changes nothing.
   *
   * @throws IllegalArgumentException if the token is not redeemed
   * @throws ConcurrentUpdateException if the stored link was used already, or is not stored
   */
  @Override
  public void update(OneTimeToken token) {
    Objects.requireNonNull(token, "token");
    Instant usedAt =
        token
            .usedAt()
            .orElseThrow(() -> new IllegalArgumentException("only a redeemed token is saved"));
    EntityManager em = entityManager.get();
    OneTimeTokenJpaEntity entity = em.find(OneTimeTokenJpaEntity.class, token.id());
    if (entity == null || entity.usedAt() != null) {
      throw new ConcurrentUpdateException(what(token), null);
    }
    entity.usedAt(stored(usedAt));
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isStale(e)) {
        throw new ConcurrentUpdateException(what(token), e);
      }
      throw e;
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement that also counts each row's version up, so a transaction that read one of
   * these links before and redeems it now fails as if it had been redeemed meanwhile.
   */
  @Override
  public int revokeAllOf(AccountId account, Instant at) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(at, "at");
    return entityManager
        .get()
        .createQuery(
            "update OneTimeTokenJpaEntity t set t.usedAt = :at, t.version = t.version + 1"
                + " where t.accountId = :account and t.usedAt is null")
        .setParameter("at", stored(at))
        .setParameter("account", account.value())
        .executeUpdate();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public void discard(UUID id) {
    Objects.requireNonNull(id, "id");
    entityManager
        .get()
        .createQuery("delete from OneTimeTokenJpaEntity t where t.id = :id")
        .setParameter("id", id)
        .executeUpdate();
  }

  private static String what(OneTimeToken token) {
    return "one-time token " + token.id();
  }
}
