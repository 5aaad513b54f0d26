package lu.creativecluster.domain.archfixture;

import lu.creativecluster.adapter.rest.archfixture.RestThing;

/** Architecture fixture: the domain reaching out to an adapter, on purpose. */
public class DomainCallingAdapter {

  public String describe(RestThing thing) {
    return thing.toString();
  }
}
