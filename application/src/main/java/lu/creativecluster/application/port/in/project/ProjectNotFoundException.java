package lu.creativecluster.application.port.in.project;

/** Contract exception: no project has this id, or the asker may not know it exists (a 404). */
public class ProjectNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ProjectNotFoundException(String id) {
    super("no project " + id);
  }
}
