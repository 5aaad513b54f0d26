package lu.creativecluster.application.port.out.mission;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.member.Slug;

/**
 * Outbound port: the few facts a mission page needs about the members who applied (name, address,
 * status, who manages them), read for all of them at once. A mission page names its participants on
 * every request; loading each member's whole record (profile texts, sectors, keywords, history) for
 * a name and a link cost one round of statements per participant.
 */
public interface MissionMembers {

  /** The members among {@code ids} that exist, by id; unknown ids are left out. */
  Map<MemberId, MissionMember> byIds(Collection<MemberId> ids);

  /** What a mission shows of a member, and what decides whether it is shown and to whom. */
  record MissionMember(
      MemberId id, Slug slug, String displayName, MemberStatus status, Optional<AccountId> owner) {

    public MissionMember {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(slug, "slug");
      Objects.requireNonNull(displayName, "displayName");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(owner, "owner");
    }
  }

  /**
   * The same facts read member by member through the member port: the reference the persistence
   * adapter is tested against, and the in-memory wiring of the service tests.
   */
  static MissionMembers readingFrom(Members members) {
    Objects.requireNonNull(members, "members");
    return ids -> {
      Map<MemberId, MissionMember> found = new LinkedHashMap<>();
      for (MemberId id : ids) {
        members
            .byId(id)
            .ifPresent(
                m ->
                    found.put(
                        id,
                        new MissionMember(
                            m.id(), m.slug(), m.displayName(), m.status(), m.owner())));
      }
      return found;
    };
  }
}
