package lu.creativecluster.application.port.out.member;

/** Another member took the same slug between the check and the insert. */
public class DuplicateSlugException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DuplicateSlugException(String slug, Throwable cause) {
    super("the slug " + slug + " is taken", cause);
  }
}
