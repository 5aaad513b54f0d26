package lu.creativecluster.domain.project;

import java.util.Objects;
import lu.creativecluster.domain.member.TeamSizeBand;
import lu.creativecluster.domain.shared.ShortTexts;

/**
 * Value object: the company or institution a project works with. It need not be a member, so it is
 * described here rather than referenced.
 */
public record PartnerOrganisation(String name, String industry, TeamSizeBand sizeBand) {

  public static final int MAX_NAME = 200;
  public static final int MAX_INDUSTRY = 120;

  public PartnerOrganisation {
    name = ShortTexts.singleLine(name, "partner name", MAX_NAME);
    industry = ShortTexts.singleLine(industry, "partner industry", MAX_INDUSTRY);
    Objects.requireNonNull(sizeBand, "sizeBand");
  }
}
