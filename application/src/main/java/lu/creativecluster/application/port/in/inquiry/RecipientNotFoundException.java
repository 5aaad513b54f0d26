package lu.creativecluster.application.port.in.inquiry;

/** Contract exception: no (active) recipient has this id. Adapters answer 404, or 400 in a form. */
public class RecipientNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RecipientNotFoundException(String id) {
    super("no active recipient " + id);
  }
}
