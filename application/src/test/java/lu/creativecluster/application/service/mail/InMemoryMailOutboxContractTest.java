package lu.creativecluster.application.service.mail;

import java.util.function.Supplier;
import lu.creativecluster.application.port.out.mail.AbstractMailOutboxContractTest;
import lu.creativecluster.application.port.out.mail.MailOutbox;

/** The services' fake keeps the same contract as the database adapters, so it cannot drift. */
class InMemoryMailOutboxContractTest extends AbstractMailOutboxContractTest {

  private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();

  @Override
  protected MailOutbox outbox() {
    return outbox;
  }

  /** A failed unit of work leaves nothing behind, as in the database. */
  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    Runnable rollback = outbox.checkpoint();
    try {
      return work.get();
    } catch (RuntimeException e) {
      rollback.run();
      throw e;
    }
  }
}
