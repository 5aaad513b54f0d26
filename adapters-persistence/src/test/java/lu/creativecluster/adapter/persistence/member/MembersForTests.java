package lu.creativecluster.adapter.persistence.member;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import lu.creativecluster.application.port.out.member.Members;

/** Test access: the JPA member adapter for other adapters' contract tests that need members. */
public final class MembersForTests {

  private MembersForTests() {}

  public static Members on(Supplier<EntityManager> entityManager) {
    return new JpaMembers(entityManager, new DirectoryGeneration(0, System::nanoTime));
  }

  /** The member tables, child tables first, for emptying between tests. */
  public static String[] tables() {
    return AbstractJpaMembersTest.TABLES.clone();
  }
}
