package lu.creativecluster.application.port.in.mission;

/**
 * Contract exception: no mission by that id, or none this actor may see (a visitor asking for a
 * planned mission learns no more than for one that does not exist). Adapters answer 404.
 */
public class MissionNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MissionNotFoundException(String reference) {
    super("no mission " + reference);
  }
}
