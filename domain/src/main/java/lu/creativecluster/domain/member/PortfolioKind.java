package lu.creativecluster.domain.member;

import java.util.Arrays;
import java.util.Optional;

/** Value type: what a portfolio link shows. */
public enum PortfolioKind {
  IMAGE("image"),
  VIDEO("video"),
  CASE_STUDY("case-study");

  private final String code;

  PortfolioKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<PortfolioKind> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
