package lu.creativecluster.adapter.persistence.member;

import static lu.creativecluster.adapter.persistence.store.PersistenceFailures.isStale;
import static lu.creativecluster.adapter.persistence.store.PersistenceFailures.isUniqueViolation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.adapter.persistence.store.StampedCache;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.member.DuplicateSlugException;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.domain.member.DuplicateDetector;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.member.WebLink;
import lu.creativecluster.domain.shared.Email;
import org.hibernate.Session;

/**
 * Persistence adapter: the member records, kept through JPA in the database the cluster runs on,
 * with their searchable words written beside them in the same transaction. Writes need the caller's
 * transaction; they flush at once, so a refused write fails the call that made it, as the port's
 * exceptions, not a later commit.
 *
 * <p>Reads of one record (a profile, the members of a mission page) are served from memory while
 * the directory's generation ({@code member_directory_state}, which every add and save counts up in
 * its own transaction) is the one they were read at: one cheap statement instead of the record and
 * its thirteen collections, each read on its own, and no dirty check of them at commit. The cache
 * holds whole records, private fields included; who may see what is decided by the services on
 * every read, as before, so nothing here is shared between audiences that was not already.
 */
@ApplicationScoped
public class JpaMembers implements Members {

  /** Slugs checked per query by {@link #addAll}, well below PostgreSQL's parameter limit. */
  private static final int SLUG_CHUNK = 500;

  private static final Set<String> ENDED =
      Set.of(MemberStatus.MERGED.code(), MemberStatus.ERASED.code());

  /** Records kept, each under its id and its slug: the profiles visitors read most. */
  static final int CACHED_RECORDS = 1_000;

  private final Supplier<EntityManager> entityManager;
  private final DirectoryGeneration generation;

  // Keys are MemberId and Slug, which never equal each other.
  private final StampedCache<Object, Member> records = new StampedCache<>(CACHED_RECORDS);

  /** For CDI's client proxy only. */
  protected JpaMembers() {
    this.entityManager = null;
    this.generation = null;
  }

  @Inject
  JpaMembers(ClusterStore store, DirectoryGeneration generation) {
    this(store::entityManager, generation);
  }

  JpaMembers(Supplier<EntityManager> entityManager, DirectoryGeneration generation) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    this.generation = Objects.requireNonNull(generation, "generation");
  }

  @Override
  public Optional<Member> byId(MemberId id) {
    Objects.requireNonNull(id, "id");
    return read(id, em -> Optional.ofNullable(em.find(MemberJpaEntity.class, id.value())));
  }

  @Override
  public Optional<Member> bySlug(Slug slug) {
    Objects.requireNonNull(slug, "slug");
    return read(
        slug,
        em ->
            em
                .createQuery(
                    "select m from MemberJpaEntity m where m.slug = :slug", MemberJpaEntity.class)
                .setParameter("slug", slug.value())
                .getResultList()
                .stream()
                .findFirst());
  }

  /**
   * One record, from the cache while the directory's generation holds. Only a transaction that has
   * not touched a member record uses and fills it (see {@link StampedCache}): one that wrote sees
   * its own, uncommitted generation, which a rollback may take back and a later commit reach again.
   */
  private Optional<Member> read(
      Object key, Function<EntityManager, Optional<MemberJpaEntity>> load) {
    EntityManager em = entityManager.get();
    if (!StampedCache.untouched(em, MemberJpaEntity.class)) {
      return load.apply(em).map(MemberMapper::toDomain);
    }
    List<Long> stamp = List.of(generation.current(em));
    Member held = records.get(key, stamp);
    if (held != null) {
      return Optional.of(copy(held));
    }
    Optional<MemberJpaEntity> entity = load.apply(em);
    Optional<Member> loaded = entity.map(MemberMapper::toDomain);
    // Detached once read: the transaction then has nothing to dirty-check at commit, and stays
    // untouched, so its next read (the next participant of a mission) is served from the cache.
    entity.ifPresent(em::detach);
    // An unknown slug or id is not kept: any can be asked for, and the cache would fill with them.
    loaded.ifPresent(m -> records.put(key, stamp, m));
    return loaded.map(JpaMembers::copy);
  }

  /** Each caller gets its own aggregate (it is mutable); its parts are immutable values. */
  private static Member copy(Member m) {
    return Member.reconstitute(
        m.id(),
        m.slug(),
        m.profile(),
        m.contact(),
        m.privateDetails(),
        m.status(),
        m.history(),
        m.owner(),
        m.mergedInto(),
        m.distinctFrom(),
        m.appliedAt(),
        m.memberSince(),
        m.version());
  }

  @Override
  public boolean slugTaken(Slug slug) {
    Objects.requireNonNull(slug, "slug");
    return !entityManager
        .get()
        .createQuery("select m.id from MemberJpaEntity m where m.slug = :slug", UUID.class)
        .setParameter("slug", slug.value())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(Member member) {
    Objects.requireNonNull(member, "member");
    // Checked first so that the usual case logs no constraint violation; the constraint still
    // decides between two transactions adding the same slug at once.
    if (slugTaken(member.slug())) {
      throw new DuplicateSlugException(member.slug().value(), null);
    }
    EntityManager em = entityManager.get();
    em.persist(MemberMapper.toNewEntity(member));
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw new DuplicateSlugException(member.slug().value(), e);
      }
      throw e;
    }
    index(em, member, false);
  }

  /**
   * {@inheritDoc}
   *
   * <p>One query for the slugs, one flush for every row (in JDBC batches), the search words of each
   * member, and one count of the directory's generation, instead of all of these per member.
   */
  @Override
  public void addAll(List<Member> added) {
    Objects.requireNonNull(added, "members");
    if (added.isEmpty()) {
      return;
    }
    EntityManager em = entityManager.get();
    List<String> slugs = added.stream().map(m -> m.slug().value()).toList();
    for (int from = 0; from < slugs.size(); from += SLUG_CHUNK) {
      List<String> taken =
          em.createQuery(
                  "select m.slug from MemberJpaEntity m where m.slug in :slugs", String.class)
              .setParameter("slugs", slugs.subList(from, Math.min(slugs.size(), from + SLUG_CHUNK)))
              .setMaxResults(1)
              .getResultList();
      if (!taken.isEmpty()) {
        throw new DuplicateSlugException(taken.get(0), null);
      }
    }
    added.forEach(member -> em.persist(MemberMapper.toNewEntity(member)));
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        // Another transaction took one of the slugs since the check; which one, the batch hides.
        throw new DuplicateSlugException(String.join(", ", slugs), e);
      }
      throw e;
    }
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              for (Member member : added) {
                SearchIndex.write(
                    connection, member.id().value(), SearchTerms.of(member.profile()), false);
              }
              generation.changed(em, connection, added.stream().map(m -> m.id().value()).toList());
            });
  }

  /**
   * {@inheritDoc}
   *
   * <p>The member's version is compared with the stored one first (a copy read in an earlier
   * transaction), then the row is written only where its version is still the one read (a
   * transaction that committed meanwhile). A member that is not stored at all counts as changed
   * meanwhile.
   */
  @Override
  public void save(Member member) {
    Objects.requireNonNull(member, "member");
    EntityManager em = entityManager.get();
    MemberJpaEntity entity = em.find(MemberJpaEntity.class, member.id().value());
    if (entity == null || entity.version != member.version()) {
      throw new ConcurrentUpdateException(what(member), null);
    }
    MemberMapper.copy(member, entity);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isStale(e)) {
        throw new ConcurrentUpdateException(what(member), e);
      }
      if (isUniqueViolation(e)) {
        throw new DuplicateSlugException(member.slug().value(), e);
      }
      throw e;
    }
    index(em, member, true);
  }

  @Override
  public List<Member> byStatus(MemberStatus status) {
    Objects.requireNonNull(status, "status");
    return entityManager
        .get()
        .createQuery(
            "select m from MemberJpaEntity m where m.status = :status order by m.appliedAt, m.slug",
            MemberJpaEntity.class)
        .setParameter("status", status.code())
        .getResultList()
        .stream()
        .map(MemberMapper::toDomain)
        .toList();
  }

  /** Issue 8, member data: the members an account manages, for the member's own data page. */
  @Override
  public List<Member> byOwner(lu.creativecluster.domain.account.AccountId account) {
    Objects.requireNonNull(account, "account");
    return entityManager
        .get()
        .createQuery(
            "select m from MemberJpaEntity m where m.ownerAccountId = :owner"
                + " and m.status not in :ended order by m.appliedAt, m.slug",
            MemberJpaEntity.class)
        .setParameter("owner", account.value())
        .setParameter("ended", ENDED)
        .getResultList()
        .stream()
        .map(MemberMapper::toDomain)
        .toList();
  }

  /**
   * {@inheritDoc}
   *
   * <p>The database narrows the records down to those with the same e-mail address or website host,
   * or a normalised name of about the same length (a name within two edits is at most two
   * characters longer or shorter); the detector's own test then picks the similar names among
   * those, reading only names, before whole records are loaded.
   */
  @Override
  public List<Member> duplicateCandidatesFor(Member member) {
    Objects.requireNonNull(member, "member");
    int length = DuplicateDetector.normalisedName(member.displayName()).length();
    String email = member.contact().email().map(Email::value).orElse(null);
    String host = member.profile().website().map(WebLink::host).orElse(null);
    List<Object[]> rows =
        entityManager
            .get()
            .createQuery(
                "select m.id, m.displayName, m.email, m.websiteHost from MemberJpaEntity m"
                    + " where m.id <> :id and m.status not in :ended and (m.email = :email"
                    + " or m.websiteHost = :host or length(m.nameNormalised) between :shortest"
                    + " and :longest)",
                Object[].class)
            .setParameter("id", member.id().value())
            .setParameter("ended", ENDED)
            .setParameter("email", email == null ? "" : email)
            .setParameter("host", host == null ? "" : host)
            .setParameter("shortest", length - DuplicateDetector.MAX_NAME_DISTANCE)
            .setParameter("longest", length + DuplicateDetector.MAX_NAME_DISTANCE)
            .getResultList();
    Set<UUID> likely =
        rows.stream()
            .filter(
                r ->
                    (email != null && email.equals(r[2]))
                        || (host != null && host.equals(r[3]))
                        || DuplicateDetector.similarNames(member.displayName(), (String) r[1]))
            .map(r -> (UUID) r[0])
            .collect(Collectors.toSet());
    if (likely.isEmpty()) {
      return List.of();
    }
    return entityManager
        .get()
        .createQuery(
            "select m from MemberJpaEntity m where m.id in :ids order by m.appliedAt, m.slug",
            MemberJpaEntity.class)
        .setParameter("ids", likely)
        .getResultList()
        .stream()
        .map(MemberMapper::toDomain)
        .toList();
  }

  private void index(EntityManager em, Member member, boolean replace) {
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              SearchIndex.write(
                  connection, member.id().value(), SearchTerms.of(member.profile()), replace);
              generation.changed(em, connection, List.of(member.id().value()));
            });
  }

  private static String what(Member member) {
    return "member " + member.id();
  }
}
