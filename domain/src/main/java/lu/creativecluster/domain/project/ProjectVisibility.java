package lu.creativecluster.domain.project;

import java.util.Arrays;
import java.util.Optional;

/** Value type: whether the public pages may show a project, or only staff and its members. */
public enum ProjectVisibility {
  PUBLIC("public"),
  CONFIDENTIAL("confidential");

  private final String code;

  ProjectVisibility(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<ProjectVisibility> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
