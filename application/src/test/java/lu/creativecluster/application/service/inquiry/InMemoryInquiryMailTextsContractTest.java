package lu.creativecluster.application.service.inquiry;

import lu.creativecluster.application.port.out.inquiry.AbstractInquiryMailTextsContractTest;
import lu.creativecluster.application.port.out.inquiry.InquiryMailTexts;
import org.junit.jupiter.api.BeforeEach;

/** Contract test: the in-memory fake keeps the same promises as the JPA adapter. */
class InMemoryInquiryMailTextsContractTest extends AbstractInquiryMailTextsContractTest {

  private InquiryMailTexts texts;

  @BeforeEach
  void emptyStore() {
    texts = new InMemoryInquiryMailTexts();
  }

  @Override
  protected InquiryMailTexts texts() {
    return texts;
  }
}
