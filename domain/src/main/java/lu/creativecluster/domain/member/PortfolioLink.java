package lu.creativecluster.domain.member;

import java.util.Objects;

/** Value object: one piece of work a member shows, as a titled link to where it lives. */
public record PortfolioLink(String title, WebLink link, PortfolioKind kind) {

  public static final int MAX_TITLE_LENGTH = 120;

  public PortfolioLink {
    title = Texts.singleLine(title, "portfolio title", 1, MAX_TITLE_LENGTH);
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(kind, "kind");
  }
}
