package lu.creativecluster.domain.project;

import java.util.Arrays;
import java.util.Optional;

/** Value type: what sort of project it is. */
public enum ProjectKind {
  CROSS_SECTOR_INNOVATION("cross-sector-innovation"),
  COMMISSION("commission"),
  RESEARCH("research"),
  EXPORT("export");

  private final String code;

  ProjectKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<ProjectKind> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
