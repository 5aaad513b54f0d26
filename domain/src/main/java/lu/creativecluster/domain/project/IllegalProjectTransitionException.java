package lu.creativecluster.domain.project;

/** Domain exception: a project was asked to move to a status its current one does not lead to. */
public class IllegalProjectTransitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ProjectStatus from;
  private final ProjectStatus to;

  public IllegalProjectTransitionException(
      ProjectId project, ProjectStatus from, ProjectStatus to) {
    super("project " + project + " cannot go from " + from + " to " + to);
    this.from = from;
    this.to = to;
  }

  public ProjectStatus from() {
    return from;
  }

  public ProjectStatus to() {
    return to;
  }
}
