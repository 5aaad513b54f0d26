package lu.creativecluster.domain.cooperation;

import java.util.Optional;

/** Value type: what kind of organisation a partner abroad is. */
public enum PartnerKind {
  CLUSTER,
  NETWORK,
  CHAMBER,
  AGENCY,
  INSTITUTION;

  /** The stable code it is stored and published under ({@code cluster}). */
  public String code() {
    return Codes.of(this);
  }

  public static Optional<PartnerKind> fromCode(String code) {
    return Codes.parse(PartnerKind.class, PartnerKind::code, code);
  }
}
