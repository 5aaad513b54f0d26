package lu.creativecluster.application.service.project;

import lu.creativecluster.application.port.out.project.AbstractProjectsContractTest;
import lu.creativecluster.application.port.out.project.Projects;

/** The reference fake passes the contract the JPA adapter is held to. */
class InMemoryProjectsContractTest extends AbstractProjectsContractTest {

  private final InMemoryProjects store = new InMemoryProjects();

  @Override
  protected Projects projects() {
    return store;
  }
}
