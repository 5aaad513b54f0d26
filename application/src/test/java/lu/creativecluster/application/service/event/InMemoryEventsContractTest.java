package lu.creativecluster.application.service.event;

import lu.creativecluster.application.port.out.event.AbstractEventsContractTest;
import lu.creativecluster.application.port.out.event.Events;

/** The reference fake passes the contract the JPA adapter is held to. */
class InMemoryEventsContractTest extends AbstractEventsContractTest {

  private final InMemoryEvents store = new InMemoryEvents();

  @Override
  protected Events events() {
    return store;
  }
}
