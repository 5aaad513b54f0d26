package lu.creativecluster.adapter.webui.member;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import lu.creativecluster.application.port.in.member.MembershipApplication;
import lu.creativecluster.domain.member.DuplicateCandidate;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * View model: an application waiting for staff, with the members it probably duplicates.
 *
 * @param id the member's id, which the decision buttons send
 * @param appliedAt in Luxembourg time, in the page's language
 */
public record ApplicationRow(
    String id,
    String slug,
    String name,
    String kindKey,
    List<String> sectors,
    String email,
    String appliedAt,
    String appliedAtDatetime,
    List<Candidate> duplicates) {

  /** A member the application probably duplicates, and why (bundle keys). */
  public record Candidate(String id, String slug, String name, List<String> reasonKeys) {}

  private static final ZoneId ZONE = ZoneId.of("Europe/Luxembourg");

  public ApplicationRow {
    sectors = List.copyOf(sectors);
    duplicates = List.copyOf(duplicates);
  }

  static ApplicationRow from(MembershipApplication application, MemberLabels labels) {
    Member m = application.member();
    return new ApplicationRow(
        m.id().toString(),
        m.slug().value(),
        m.displayName(),
        "member.kind." + m.profile().kind().code(),
        m.profile().sectors().all().stream().map(SectorCode::value).map(labels::sector).toList(),
        m.contact().email().map(e -> e.value()).orElse(""),
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(labels.language().locale())
            .withZone(ZONE)
            .format(m.appliedAt()),
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZONE).format(m.appliedAt()),
        application.duplicates().stream().map(ApplicationRow::candidate).toList());
  }

  private static Candidate candidate(DuplicateCandidate c) {
    return new Candidate(
        c.member().toString(),
        c.slug().value(),
        c.displayName(),
        c.reasons().stream()
            .map(r -> "staffMembers.duplicate." + r.name().toLowerCase(Locale.ROOT))
            .sorted()
            .toList());
  }
}
