package lu.creativecluster.application.archfixture.cycle.a;

import lu.creativecluster.application.archfixture.cycle.b.CycleB;

/** Architecture fixture: one half of a package cycle, on purpose. */
public class CycleA {

  public CycleB other() {
    return new CycleB();
  }
}
