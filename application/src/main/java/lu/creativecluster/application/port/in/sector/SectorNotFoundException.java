package lu.creativecluster.application.port.in.sector;

import lu.creativecluster.domain.sector.SectorCode;

/** Contract exception: the caller asked for a sector code that the cluster does not count. */
public class SectorNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient SectorCode code;

  public SectorNotFoundException(SectorCode code) {
    super("no sector has the code " + code);
    this.code = code;
  }

  public SectorCode code() {
    return code;
  }
}
