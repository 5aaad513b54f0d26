package lu.creativecluster.application.port.in.member;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.member.Location;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MemberKind;
import lu.creativecluster.domain.member.MemberSectors;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.member.ProfileText;
import lu.creativecluster.domain.member.Slug;

/**
 * Read model: one search result, as a card shows it (name, sectors, pitch, commune). Public fields
 * only, plus the status that staff search across.
 */
public record MemberSummary(
    MemberId id,
    Slug slug,
    String displayName,
    MemberKind kind,
    MemberSectors sectors,
    ProfileText pitch,
    Location location,
    MemberStatus status,
    Optional<Instant> memberSince) {

  public MemberSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sectors, "sectors");
    Objects.requireNonNull(pitch, "pitch");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(memberSince, "memberSince");
  }

  public static MemberSummary of(Member member) {
    return new MemberSummary(
        member.id(),
        member.slug(),
        member.displayName(),
        member.profile().kind(),
        member.profile().sectors(),
        member.profile().pitch(),
        member.profile().location(),
        member.status(),
        member.memberSince());
  }
}
