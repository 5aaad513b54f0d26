package lu.creativecluster.application.port.in.sector;

/** Contract exception: the caller asked for a sector code that the cluster does not count. */
public class SectorNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String requestedCode;

  /**
   * @param requestedCode the code as the caller gave it, which may not even be well-formed
   */
  public SectorNotFoundException(String requestedCode) {
    super("no sector has the code " + requestedCode);
    this.requestedCode = requestedCode;
  }

  public String requestedCode() {
    return requestedCode;
  }
}
