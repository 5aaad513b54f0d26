package lu.creativecluster.adapter.persistence.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.TestStore;
import lu.creativecluster.application.port.out.inquiry.AbstractInquiryStoreContractTest;
import lu.creativecluster.application.port.out.inquiry.Inquiries;
import lu.creativecluster.application.port.out.inquiry.Recipients;
import lu.creativecluster.application.port.out.inquiry.RoutingRules;
import lu.creativecluster.application.port.out.inquiry.SampleInquiry;
import lu.creativecluster.domain.inquiry.Inquiry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Test base: runs the inquiry store contract against {@link JpaInquiries}, {@link JpaRecipients}
 * and {@link JpaRoutingRules} on a real database migrated by the production changelog, and checks
 * what only the database shows: the mapping and the column where anonymisation must leave nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractJpaInquiryStoreTest extends AbstractInquiryStoreContractTest {

  static final String[] TABLES = {
    "inquiry_step",
    "inquiry_follow_up",
    "inquiry",
    "inquiry_routing_rule",
    "inquiry_recipient_sector",
    "inquiry_recipient_topic",
    "inquiry_recipient_language",
    "inquiry_recipient"
  };

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
  void emptyTables() {
    store.empty(TABLES);
  }

  @AfterEach
  void closeDetached() {
    store.closeDetached();
  }

  @Override
  protected Inquiries inquiries() {
    return new JpaInquiries(store::entityManager);
  }

  @Override
  protected Recipients recipients() {
    return new JpaRecipients(store::entityManager);
  }

  @Override
  protected RoutingRules routingRules() {
    return new JpaRoutingRules(store::entityManager);
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return store.inTransaction(work);
  }

  @Test
  void entityMapping_matchesTheSchemaLiquibaseBuilt() {
    store.validateMapping();
  }

  @Test
  void anonymisation_leavesNoPersonalDataInAnyColumn() {
    Inquiry inquiry =
        SampleInquiry.question("Call me on 621 000 000", "Zoë Secret", SampleInquiry.T0);
    store.inTransaction(() -> inquiries().add(inquiry));
    Inquiry read = inquiries().byId(inquiry.id()).orElseThrow();
    read.addFollowUp(
        lu.creativecluster.domain.inquiry.FollowUp.Author.ASKER,
        "Zoë again",
        "visitor",
        SampleInquiry.T0.plusSeconds(1));
    read.answerDirectly("Dear Zoë", SampleInquiry.STAFF, SampleInquiry.T0.plusSeconds(2));
    read.close(SampleInquiry.STAFF, SampleInquiry.T0.plusSeconds(3), "");
    read.anonymise(SampleInquiry.T0.plusSeconds(4));
    store.inTransaction(() -> inquiries().save(read));

    assertEquals(
        0,
        store.count(
            "SELECT COUNT(*) FROM inquiry WHERE asker_name IS NOT NULL OR asker_email IS NOT NULL"
                + " OR asker_organisation IS NOT NULL OR message <> '' OR answer_text <> ''"
                + " OR tracking_hash IS NOT NULL"));
    assertEquals(0, store.count("SELECT COUNT(*) FROM inquiry_follow_up WHERE text <> ''"));
    assertEquals(0, store.count("SELECT COUNT(*) FROM inquiry_step WHERE why <> ''"));
    assertEquals(Optional.empty(), inquiries().byTrackingHash("t-Zoë Secret-" + SampleInquiry.T0));
  }
}
