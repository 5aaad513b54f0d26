package lu.creativecluster.application.port.in.member;

/**
 * Contract exception: no member by that id or slug, or none this actor may see (a visitor asking
 * for an applied member learns no more than for one that does not exist). Adapters answer 404.
 */
public class MemberNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MemberNotFoundException(String reference) {
    super("no member " + reference);
  }
}
