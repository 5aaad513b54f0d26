package lu.creativecluster.application.archfixture.cycle.b;

import lu.creativecluster.application.archfixture.cycle.a.CycleA;

/** Architecture fixture: the other half of a package cycle, on purpose. */
public class CycleB {

  public CycleA other() {
    return new CycleA();
  }
}
