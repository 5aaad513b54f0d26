package lu.creativecluster.application.port.in.event;

/** Contract exception: no event has this id (a 404). */
public class EventNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EventNotFoundException(String id) {
    super("no event " + id);
  }
}
