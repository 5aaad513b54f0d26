package lu.creativecluster.adapter.rest.archfixture;

import jakarta.faces.context.FacesContext;
import lu.creativecluster.adapter.persistence.archfixture.PersistenceThing;

/** Architecture fixture: a REST class using Faces and another adapter, on purpose. */
public class RestThing {

  public Object peek(PersistenceThing thing) {
    return FacesContext.getCurrentInstance() == null ? thing : null;
  }
}
