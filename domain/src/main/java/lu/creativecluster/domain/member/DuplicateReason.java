package lu.creativecluster.domain.member;

/** Value type: why a member record looks like a duplicate of another. */
public enum DuplicateReason {
  SAME_EMAIL,
  SAME_WEBSITE,
  SIMILAR_NAME
}
