package lu.creativecluster.application.service.inquiry;

import lu.creativecluster.application.port.out.inquiry.AbstractInquiryStoreContractTest;
import lu.creativecluster.application.port.out.inquiry.Inquiries;
import lu.creativecluster.application.port.out.inquiry.Recipients;
import lu.creativecluster.application.port.out.inquiry.RoutingRules;

/** The reference fake passes the inquiry store contract. */
class InMemoryInquiryStoreContractTest extends AbstractInquiryStoreContractTest {

  private final InMemoryInquiryStore store = new InMemoryInquiryStore();

  @Override
  protected Inquiries inquiries() {
    return store;
  }

  @Override
  protected Recipients recipients() {
    return store;
  }

  @Override
  protected RoutingRules routingRules() {
    return store.routingRules();
  }
}
