package lu.creativecluster.adapter.persistence.project;

import lu.creativecluster.adapter.persistence.store.TestStore;
import lu.creativecluster.domain.project.Project;

/** Test helper: stores a project through the real adapter for tests of other packages. */
public final class ProjectsForTests {

  private ProjectsForTests() {}

  public static void add(TestStore store, Project project) {
    new JpaProjects(store::entityManager).add(project);
  }
}
