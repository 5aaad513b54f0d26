package lu.creativecluster.adapter.persistence.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Persistence adapter: one portfolio link as a row of {@code member_portfolio_link}. */
@Embeddable
class PortfolioLinkEmbeddable {

  @Column(name = "title", length = 120, nullable = false)
  private String title;

  @Column(name = "url", length = 500, nullable = false)
  private String url;

  @Column(name = "kind", length = 16, nullable = false)
  private String kind;

  protected PortfolioLinkEmbeddable() {}

  PortfolioLinkEmbeddable(String title, String url, String kind) {
    this.title = title;
    this.url = url;
    this.kind = kind;
  }

  String title() {
    return title;
  }

  String url() {
    return url;
  }

  String kind() {
    return kind;
  }
}
