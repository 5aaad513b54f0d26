package lu.creativecluster.adapter.webui.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.application.port.in.inquiry.SubmitInquiryCommand;
import lu.creativecluster.domain.inquiry.InquiryKind;
import lu.creativecluster.domain.inquiry.InquiryTopic;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

class InquiryFormTest {

  private static InquiryForm filled() {
    InquiryForm form = new InquiryForm(null, null, null);
    form.setKind("offer");
    form.setTopic("events");
    form.setSector("music");
    form.setMessage("A stage for your band");
    form.setName("Ana");
    form.setEmail("ana@example.lu");
    form.setLanguage("de");
    form.setConsent(true);
    return form;
  }

  @Test
  void aCompleteForm_readsIntoTheCommand() {
    Optional<SubmitInquiryCommand> command = filled().read(Set.of("music"));
    assertTrue(command.isPresent());
    assertEquals(InquiryKind.OFFER, command.get().kind());
    assertEquals(InquiryTopic.EVENTS, command.get().topic());
    assertEquals(Optional.of(new SectorCode("music")), command.get().sector());
    assertEquals(Language.DE, command.get().language());
  }

  @Test
  void everyFieldThatDoesNotRead_getsItsOwnError_andTheTextIsKept() {
    InquiryForm form = new InquiryForm(null, null, null);
    form.setKind("robot");
    form.setSector("cooking");
    form.setMessage("m".repeat(5001));
    form.setName("   ");
    form.setEmail("not an address");
    form.setOrganisation("o".repeat(161));
    form.setLanguage("xx");
    form.setWebsite("http://spam.example");
    assertTrue(form.read(Set.of("music")).isEmpty());
    assertEquals(
        Map.of(
            "kind", "inquiryForm.error.kind",
            "topic", "inquiryForm.error.topic",
            "sector", "inquiryForm.error.sector",
            "message", "inquiryForm.error.message",
            "name", "inquiryForm.error.name.required",
            "email", "inquiryForm.error.email",
            "organisation", "inquiryForm.error.organisation",
            "language", "inquiryForm.error.language",
            "consent", "inquiryForm.error.consent",
            "website", "inquiryForm.error.website"),
        form.errors());
    assertEquals("m".repeat(5001), form.getMessage());
    assertEquals("true", form.invalid("consent"));
    assertEquals("false", filled().invalid("consent"));
  }
}
