package lu.creativecluster.domain.project;

import java.util.Arrays;
import java.util.Optional;

/** Value type: what the cluster did for a project, which its reports distinguish. */
public enum ClusterRole {
  INITIATED("initiated"),
  MATCHED("matched"),
  SUPPORTED("supported");

  private final String code;

  ClusterRole(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<ClusterRole> fromCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
