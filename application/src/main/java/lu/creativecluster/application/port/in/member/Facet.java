package lu.creativecluster.application.port.in.member;

/** Value type: a facet the directory counts, named as its filter parameter. */
public enum Facet {
  SECTOR("sector"),
  COUNTRY("country"),
  MARKET("market"),
  LANGUAGE("language"),
  KIND("kind");

  private final String parameter;

  Facet(String parameter) {
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
