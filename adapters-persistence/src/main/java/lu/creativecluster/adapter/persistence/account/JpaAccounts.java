package lu.creativecluster.adapter.persistence.account;

import static lu.creativecluster.adapter.persistence.store.PersistenceFailures.isStale;
import static lu.creativecluster.adapter.persistence.store.PersistenceFailures.isUniqueViolation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.account.DuplicateAccountException;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.shared.Email;

/**
 * Persistence adapter: the accounts, kept through JPA in the database the cluster runs on. Writes
 * need the caller's transaction; they flush at once, so a refused write fails the call that made
 * it, as the port's exceptions, not a later commit.
 */
@ApplicationScoped
public class JpaAccounts implements Accounts {

  private final Supplier<EntityManager> entityManager;

  /** For CDI's client proxy only. */
  protected JpaAccounts() {
    this.entityManager = null;
  }

  @Inject
  JpaAccounts(ClusterStore store) {
    this(store::entityManager);
  }

  JpaAccounts(Supplier<EntityManager> entityManager) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
  }

  @Override
  public Optional<Account> byId(AccountId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(entityManager.get().find(AccountJpaEntity.class, id.value()))
        .map(AccountMapper::toDomain);
  }

  @Override
  public Optional<Account> byEmail(Email email) {
    Objects.requireNonNull(email, "email");
    // The Email value is normalised already, and so is every stored address.
    return entityManager
        .get()
        .createQuery(
            "select a from AccountJpaEntity a where a.email = :email", AccountJpaEntity.class)
        .setParameter("email", email.value())
        .getResultList()
        .stream()
        .findFirst()
        .map(AccountMapper::toDomain);
  }

  @Override
  public List<Account> all() {
    return entityManager
        .get()
        .createQuery("select a from AccountJpaEntity a order by a.email", AccountJpaEntity.class)
        .getResultList()
        .stream()
        .map(AccountMapper::toDomain)
        .toList();
  }

  /** Whether an account holds exactly this role, whatever its status. */
  @Override
  public boolean anyWithRole(Role role) {
    Objects.requireNonNull(role, "role");
    return !entityManager
        .get()
        .createQuery("select a.id from AccountJpaEntity a where a.role = :role", Object.class)
        .setParameter("role", role.code())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public long count() {
    return entityManager
        .get()
        .createQuery("select count(a) from AccountJpaEntity a", Long.class)
        .getSingleResult();
  }

  @Override
  public void add(Account account) {
    Objects.requireNonNull(account, "account");
    EntityManager em = entityManager.get();
    em.persist(AccountMapper.toNewEntity(account));
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw new DuplicateAccountException(e);
      }
      throw e;
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The account's version is compared with the stored one first (a copy read in an earlier
   * transaction), then the row is written only where its version is still the one read (a
   * transaction that committed meanwhile). An account that is not stored at all counts as changed
   * meanwhile.
   */
  @Override
  public void update(Account account) {
    Objects.requireNonNull(account, "account");
    EntityManager em = entityManager.get();
    AccountJpaEntity entity = em.find(AccountJpaEntity.class, account.id().value());
    if (entity == null || entity.version() != account.version()) {
      throw new ConcurrentUpdateException(what(account), null);
    }
    AccountMapper.copy(account, entity);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isStale(e)) {
        throw new ConcurrentUpdateException(what(account), e);
      }
      if (isUniqueViolation(e)) {
        throw new DuplicateAccountException(e);
      }
      throw e;
    }
  }

  private static String what(Account account) {
    return "account " + account.id();
  }
}
