package lu.creativecluster.adapter.persistence.inquiry;

import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.TestStore;
import lu.creativecluster.application.port.out.inquiry.AbstractInquiryMailTextsContractTest;
import lu.creativecluster.application.port.out.inquiry.InquiryMailTexts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Test base: runs the mail-text contract against {@link JpaInquiryMailTexts} on a real database
 * migrated by the production changelog.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractJpaInquiryMailTextsTest extends AbstractInquiryMailTextsContractTest {

  private TestStore store;

  protected abstract TestStore startStore();

  @BeforeAll
  void start() {
    store = startStore();
  }

  @AfterAll
  void stop() {
    if (store != null) {
      store.close();
    }
  }

  @BeforeEach
  void emptyTable() {
    store.empty("inquiry_mail_text");
  }

  @AfterEach
  void closeDetached() {
    store.closeDetached();
  }

  @Override
  protected InquiryMailTexts texts() {
    return new JpaInquiryMailTexts(store::entityManager);
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return store.inTransaction(work);
  }

  @Test
  void entityMapping_matchesTheSchemaLiquibaseBuilt() {
    store.validateMapping();
  }
}
