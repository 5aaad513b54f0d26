package lu.creativecluster.adapter.persistence.mission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.adapter.persistence.store.NativeColumns;
import lu.creativecluster.application.port.out.mission.MissionMembers;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.member.Slug;

/**
 * Persistence adapter: the member facts a mission page shows, read from the member table's own
 * columns in one statement for all the members named, without loading member records (their
 * collections would cost statements per member, and their entities a dirty check at commit).
 */
@ApplicationScoped
public class JpaMissionMembers implements MissionMembers {

  /** Far above a mission's capacity; larger sets are read in chunks of this many. */
  static final int CHUNK = 500;

  private final Supplier<EntityManager> entityManager;

  /** For CDI's client proxy only. */
  protected JpaMissionMembers() {
    this.entityManager = null;
  }

  @Inject
  JpaMissionMembers(ClusterStore store) {
    this(store::entityManager);
  }

  JpaMissionMembers(Supplier<EntityManager> entityManager) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
  }

  @Override
  public Map<MemberId, MissionMember> byIds(Collection<MemberId> ids) {
    List<UUID> wanted = ids.stream().map(MemberId::value).distinct().toList();
    Map<MemberId, MissionMember> found = new LinkedHashMap<>();
    for (int from = 0; from < wanted.size(); from += CHUNK) {
      for (Object[] row : rows(wanted.subList(from, Math.min(wanted.size(), from + CHUNK)))) {
        MemberId id = new MemberId(NativeColumns.uuid(row[0]));
        // A status this code does not know is no active member: such a row is never shown.
        Optional<MemberStatus> status = MemberStatus.fromCode((String) row[3]);
        status.ifPresent(
            s ->
                found.put(
                    id,
                    new MissionMember(
                        id,
                        new Slug((String) row[1]),
                        (String) row[2],
                        s,
                        Optional.ofNullable(row[4])
                            .map(o -> new AccountId(NativeColumns.uuid(o))))));
      }
    }
    return found;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(List<UUID> ids) {
    return entityManager
        .get()
        .createNativeQuery(
            "SELECT id, slug, display_name, status, owner_account_id FROM member WHERE id IN (:ids)")
        .setParameter("ids", ids)
        .getResultList();
  }
}
