package lu.creativecluster.adapter.webui.memberdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.adapter.webui.site.Texts;
import lu.creativecluster.application.port.in.member.ImportDuplicate;
import lu.creativecluster.application.port.in.member.ImportError;
import lu.creativecluster.application.port.in.member.ImportReport;
import lu.creativecluster.domain.member.DuplicateReason;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

class MemberImportFormTest {

  private static final ImportReport REPORT =
      new ImportReport(
          true,
          3,
          0,
          List.of("a", "", "c"),
          List.of(
              new ImportError(3, "primary_sector", "import.sector.unknown", "no sector pottery"),
              new ImportError(3, "kind", "import.some-future-code", "unknown kind")),
          List.of(
              new ImportDuplicate(
                  4,
                  "Klangwerk Studio",
                  Optional.empty(),
                  Optional.of(2),
                  "Klangwerk Studios",
                  Set.of(DuplicateReason.SAME_EMAIL))));

  @Test
  void eachError_readsInTheViewersLanguage_namingTheColumn() {
    List<MemberImportForm.ErrorRow> german =
        MemberImportForm.errorRows(REPORT, Texts.in(Language.DE));
    List<MemberImportForm.ErrorRow> french =
        MemberImportForm.errorRows(REPORT, Texts.in(Language.FR));

    assertEquals(3, german.get(0).row());
    assertEquals(
        "„primary_sector“ nennt einen Sektor, den es nicht gibt (no sector pottery); verwenden"
            + " Sie die Sektor-Codes (z. B. design, music).",
        german.get(0).message());
    assertEquals(
        "La valeur de « kind » n’est pas valable (unknown kind).",
        french.get(1).message(),
        "a code without a text of its own reads as an invalid value");
  }

  @Test
  void aDuplicate_namesTheRowItResembles_andWhy() {
    MemberImportForm.DuplicateRow row =
        MemberImportForm.duplicateRows(REPORT, Texts.in(Language.EN)).get(0);

    assertEquals("Klangwerk Studios in row 2", row.resembles());
    assertEquals("same e-mail address", row.reasons());
  }
}
