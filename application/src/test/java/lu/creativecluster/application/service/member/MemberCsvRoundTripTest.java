package lu.creativecluster.application.service.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lu.creativecluster.application.port.in.member.ImportMembersCommand;
import lu.creativecluster.application.port.in.member.ImportReport;
import lu.creativecluster.application.port.in.member.MemberColumn;
import lu.creativecluster.application.port.in.member.MemberCsv;
import lu.creativecluster.application.port.in.member.MemberDirectoryExport;
import lu.creativecluster.application.port.out.member.SampleMember;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.PhoneNumber;
import lu.creativecluster.domain.member.PrivateDetails;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

/** Staff's CSV export imports again into an empty directory and exports identically. */
class MemberCsvRoundTripTest {

  @Test
  void theStaffExport_reimportsCleanly_andExportsTheSameAgain() {
    MemberDataFixture source = new MemberDataFixture();
    source.members.add(SampleMember.everyFieldFilled());
    source.members.add(tricky());
    source.members.add(SampleMember.named("Nouvelle Voix").sectors("music").applied().build());
    Member left = SampleMember.named("Kino Nord").sectors("film-audiovisual").build();
    left.leave(SampleMember.STAFF, SampleMember.T0.plusSeconds(600), "moved away");
    source.members.add(left);
    String first = MemberCsv.write(source.exportService().export(MemberDataFixture.staff(), ""));

    MemberDataFixture target = new MemberDataFixture();
    ImportReport report =
        target
            .importService()
            .importMembers(
                new ImportMembersCommand(
                    MemberDataFixture.staff(), first.getBytes(StandardCharsets.UTF_8), false, ""));
    assertTrue(report.valid(), report.errors().toString());
    assertEquals(4, report.applied());
    String second = MemberCsv.write(target.exportService().export(MemberDataFixture.staff(), ""));

    assertEquals(first, second);
  }

  @Test
  void cellsASpreadsheetWouldRunAsFormulas_areNeutralised_inTheExport() {
    MemberDataFixture world = new MemberDataFixture();
    world.members.add(tricky());

    String csv = MemberCsv.write(world.exportService().export(MemberDataFixture.staff(), ""));

    assertTrue(csv.contains(",\"'=HYPERLINK(\"\"https://evil.example\"\")\","), csv);
    assertTrue(csv.contains(",'+352 621 00 00 01,"), csv);
    assertTrue(csv.contains(",'-minus first,"), csv);
    assertTrue(csv.contains(",'@sum(a1)|a\\|b,"), csv);
    assertTrue(csv.contains(",'=cmd|' /C calc'!A0,B1,'+notes\r\n"), csv);
  }

  @Test
  void listValues_keepSeparatorsAndBackslashes_throughACell() {
    List<String> values = List.of("a|b", "c\\d", "plain");

    assertEquals(values, MemberCsv.splitList(MemberCsv.joinList(values)));
  }

  @Test
  void thePublicExport_carriesOnlyPublicColumns_andConsentedContacts() {
    MemberDataFixture world = new MemberDataFixture();
    world.members.add(SampleMember.everyFieldFilled());
    world.members.add(SampleMember.named("Waiting Room").applied().build());

    MemberDirectoryExport export =
        world.exportService().export(lu.creativecluster.domain.access.Actor.visitor(), "");

    assertFalse(export.complete());
    assertFalse(export.columns().contains(MemberColumn.LEGAL_NAME));
    assertFalse(export.columns().contains(MemberColumn.INTERNAL_NOTES));
    assertEquals(1, export.rows().size(), "only active members");
    Map<MemberColumn, List<String>> row = export.rows().get(0);
    assertEquals(List.of("hello@aeroe-son.lu"), row.get(MemberColumn.EMAIL), "shown by consent");
    assertEquals(List.of(), row.get(MemberColumn.PHONE), "the phone is not shown");
    assertTrue(world.auditLog.withAction("member.directory-exported").isEmpty());
  }

  @Test
  void theStaffExport_isAudited_andHoldsPrivateFields() {
    MemberDataFixture world = new MemberDataFixture();
    world.members.add(SampleMember.everyFieldFilled());

    MemberDirectoryExport export = world.exportService().export(MemberDataFixture.staff(), "ip");

    assertTrue(export.complete());
    assertEquals(
        List.of("Met at the fair.\nCall back."),
        export.rows().get(0).get(MemberColumn.INTERNAL_NOTES));
    assertEquals(List.of("+352 26 12 34 56"), export.rows().get(0).get(MemberColumn.PHONE));
    assertEquals(1, world.auditLog.withAction("member.directory-exported").size());
  }

  /** A member whose texts hold everything CSV and spreadsheets trip over. */
  private static Member tricky() {
    Member member =
        SampleMember.named("=HYPERLINK(\"https://evil.example\")")
            .sectors("design", "music")
            .pitch(Language.EN, "Commas, \"quotes\"; semicolons | pipes \\ backslashes")
            .description(
                Map.of(
                    Language.FR, "Deux lignes\net une autre,\r\navec CRLF",
                    Language.EN, "-minus first"))
            .keywords("@sum(a1)", "a|b")
            .skills("@SUM(A1)", "Tabs and, commas")
            .build();
    member.updateContact(
        Optional.of(new Email("x@tricky.example.org")),
        Optional.of(new PhoneNumber("+352 621 00 00 01")),
        false,
        true,
        SampleMember.T0.plusSeconds(30));
    member.updatePrivateDetails(new PrivateDetails("=cmd|' /C calc'!A0", "B1", "+notes"));
    return member;
  }
}
