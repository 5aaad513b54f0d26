package lu.creativecluster.application.port.in.cooperation;

/** Contract exception: no partner organisation by that id. Adapters answer 404. */
public class PartnerNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PartnerNotFoundException(String reference) {
    super("no partner organisation " + reference);
  }
}
