package lu.creativecluster.adapter.persistence.mission;

import jakarta.persistence.EntityManager;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import lu.creativecluster.application.port.out.mission.MissionMembers;
import lu.creativecluster.application.port.out.mission.Missions;

/** Test access: the JPA mission adapter for the cooperation contract test. */
public final class MissionsForTests {

  private MissionsForTests() {}

  public static Missions on(Supplier<EntityManager> entityManager) {
    return new JpaMissions(entityManager);
  }

  /** The adapter with the stamp asked at most once per {@code recheckMillis} on this clock. */
  public static Missions on(
      Supplier<EntityManager> entityManager, long recheckMillis, LongSupplier nanoTime) {
    return new JpaMissions(entityManager, recheckMillis, nanoTime);
  }

  public static MissionMembers members(Supplier<EntityManager> entityManager) {
    return new JpaMissionMembers(entityManager);
  }
}
