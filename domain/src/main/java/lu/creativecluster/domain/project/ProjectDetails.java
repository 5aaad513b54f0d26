package lu.creativecluster.domain.project;

import java.util.Objects;
import java.util.Set;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.shared.LocalizedText;

/**
 * Value object: everything staff describe about a project, apart from its status: what it is, who
 * makes it, with whom, when, for how much, and whether the public may see it.
 *
 * @param creatives the creative members in it, at least one
 */
public record ProjectDetails(
    LocalizedText title,
    LocalizedText description,
    ProjectKind kind,
    Set<MemberId> creatives,
    PartnerOrganisation partner,
    ProjectPeriod period,
    EuroAmount volume,
    ClusterRole clusterRole,
    ProjectVisibility visibility) {

  public static final int MAX_TITLE = 200;
  public static final int MAX_DESCRIPTION = 5_000;

  public ProjectDetails {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(volume, "volume");
    Objects.requireNonNull(clusterRole, "clusterRole");
    Objects.requireNonNull(visibility, "visibility");
    creatives = Set.copyOf(Objects.requireNonNull(creatives, "creatives"));
    if (creatives.isEmpty()) {
      throw new IllegalArgumentException("a project has at least one creative member");
    }
    for (var language : title.values().keySet()) {
      if (title.in(language).length() > MAX_TITLE) {
        throw new IllegalArgumentException("a project title has at most " + MAX_TITLE + " chars");
      }
      if (description.in(language).length() > MAX_DESCRIPTION) {
        throw new IllegalArgumentException(
            "a project description has at most " + MAX_DESCRIPTION + " chars");
      }
    }
  }
}
