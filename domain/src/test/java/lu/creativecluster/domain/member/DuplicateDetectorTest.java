package lu.creativecluster.domain.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplicateDetectorTest {

  @ParameterizedTest
  @CsvSource({
    "Atelier Nord S.à r.l.,atelier nord",
    "ATELIER-NORD SARL,Atelier Nord",
    "Atelier Nord GmbH,Atelier Nord",
    "Atelier Nörd,Atelier Nord",
    "Atelier Nord a.s.b.l.,Atelier Nord",
    "Ateleir Nord Ltd,Atelier Nord",
    "Atelier Nordd,Atelier Nord"
  })
  void nearIdenticalNames_areSimilar(String a, String b) {
    assertTrue(DuplicateDetector.similarNames(a, b), a + " ~ " + b);
  }

  @ParameterizedTest
  @CsvSource({"Studio A,Studio B", "Atelier Nord,Atelier Süd", "Pixel,Pixal", "SA,SA Studio"})
  void differentNames_areNotSimilar(String a, String b) {
    assertFalse(DuplicateDetector.similarNames(a, b), a + " !~ " + b);
  }

  @Test
  void legalFormsAreRemovedFromTheEnd_butNeverTheWholeName() {
    assertEquals("ateliernord", DuplicateDetector.normalisedName("Atelier Nord S.à r.l.-S"));
    assertEquals("sa", DuplicateDetector.normalisedName("SA"));
  }

  @Test
  void anApplicationWithTheSameEmail_inAnotherCase_isACandidate() {
    Member existing = MemberSamples.active("Atelier Nord");
    existing.updateContact(
        Optional.of(new lu.creativecluster.domain.shared.Email("Hello@Nord.lu")),
        Optional.empty(),
        false,
        false,
        MemberSamples.T0);
    Member applicant = MemberSamples.applied("Completely Different", "hello@NORD.lu");

    List<DuplicateCandidate> candidates =
        DuplicateDetector.candidatesFor(applicant, List.of(existing));

    assertEquals(1, candidates.size());
    assertEquals(existing.id(), candidates.get(0).member());
    assertEquals(Set.of(DuplicateReason.SAME_EMAIL), candidates.get(0).reasons());
  }

  @Test
  void theSameWebsiteHost_ignoringSchemeAndWww_isACandidate_withEveryReason() {
    Member existing = MemberSamples.active("Atelier Nord");
    existing.updateProfile(
        existing.profile().toBuilder()
            .website(Optional.of(WebLink.parse("https://www.nord.lu/")))
            .build(),
        MemberSamples.CLOCK);
    Member applicant = MemberSamples.applied("Atelier Nord Sàrl");
    applicant.updateProfile(
        applicant.profile().toBuilder()
            .website(Optional.of(WebLink.parse("http://nord.lu/contact")))
            .build(),
        MemberSamples.CLOCK);

    List<DuplicateCandidate> candidates =
        DuplicateDetector.candidatesFor(applicant, List.of(existing));

    assertEquals(
        Set.of(DuplicateReason.SAME_WEBSITE, DuplicateReason.SIMILAR_NAME),
        candidates.get(0).reasons());
  }

  @Test
  void theRecordItself_mergedAndErasedRecords_andUnrelatedMembers_areNoCandidates() {
    Member applicant = MemberSamples.applied("Atelier Nord");
    Member survivor = MemberSamples.active("Bureau Ost");
    Member merged = MemberSamples.applied("Atelier Nord Sàrl");
    survivor.mergeFrom(merged, MemberSamples.STAFF, MemberSamples.T0);
    Member unrelated = MemberSamples.active("Studio Süd");

    assertEquals(
        List.of(),
        DuplicateDetector.candidatesFor(applicant, List.of(applicant, merged, unrelated)));
  }

  @Test
  void aPairStaffConfirmedAsDifferent_isNotFlaggedAgain_fromEitherSide() {
    Member existing = MemberSamples.active("Atelier Nord");
    Member applicant = MemberSamples.applied("Atelier Nord Sàrl");
    assertEquals(1, DuplicateDetector.candidatesFor(applicant, List.of(existing)).size());

    existing.markDistinctFrom(applicant.id());

    assertEquals(List.of(), DuplicateDetector.candidatesFor(applicant, List.of(existing)));
    assertEquals(List.of(), DuplicateDetector.candidatesFor(existing, List.of(applicant)));
  }
}
