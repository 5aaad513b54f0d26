package lu.creativecluster.application.service.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.member.ImportDuplicate;
import lu.creativecluster.application.port.in.member.ImportError;
import lu.creativecluster.application.port.in.member.ImportMembersCommand;
import lu.creativecluster.application.port.in.member.ImportReport;
import lu.creativecluster.application.port.in.member.MalformedImportFileException;
import lu.creativecluster.application.port.out.member.SampleMember;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.member.DuplicateReason;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

class ImportMembersServiceTest {

  private static final String HEADER =
      "display_name,kind,primary_sector,other_sectors,pitch_en,pitch_fr,description_en,"
          + "commune,country,website,email,show_email,status,keywords\n";

  private final MemberDataFixture world = new MemberDataFixture();

  @Test
  void aDryRun_reportsEachBadCell_byRowAndColumn_andStoresNothing() {
    String csv =
        HEADER
            + "Atelier Nord,company,design,,Design studio.,,We design.,Luxembourg,LU,,,,,\n"
            + "Bad Sector,company,pottery,Töpferei,A pitch.,,Text.,Luxembourg,LU,,,,,\n"
            + ",alien,design,music|design,,,,Esch,XX,ftp://x,not-an-email,maybe,,\n";

    ImportReport report = world.dryRun(csv);

    assertTrue(report.dryRun());
    assertEquals(3, report.rows());
    assertEquals(0, report.applied());
    assertFalse(report.valid());
    assertTrue(world.members.byStatus(MemberStatus.ACTIVE).isEmpty(), "a dry run stores nothing");
    assertEquals(
        List.of(
            new ImportError(3, "primary_sector", "import.sector.unknown", "no sector pottery"),
            new ImportError(3, "other_sectors", "import.sector.unknown", "no sector Töpferei")),
        report.errors().stream().filter(e -> e.row() == 3).toList());
    List<String> row4 =
        report.errors().stream()
            .filter(e -> e.row() == 4)
            .map(e -> e.column() + ":" + e.messageKey())
            .toList();
    assertTrue(row4.contains("display_name:import.cell.required"), row4.toString());
    assertTrue(row4.contains("kind:import.cell.invalid"), row4.toString());
    assertTrue(row4.contains("other_sectors:import.cell.invalid"), row4.toString());
    assertTrue(row4.contains("pitch_en:import.text.required"), row4.toString());
    assertTrue(row4.contains("country:import.cell.invalid"), row4.toString());
    assertTrue(row4.contains("website:import.cell.invalid"), row4.toString());
    assertTrue(row4.contains("email:import.cell.invalid"), row4.toString());
    assertTrue(row4.contains("show_email:import.cell.invalid"), row4.toString());
    assertEquals(List.of("atelier-nord", "", ""), report.slugs());
  }

  @Test
  void aRealImportWithOneBadRow_storesNoRowAtAll() {
    String csv =
        HEADER
            + "Atelier Nord,company,design,,Design studio.,,We design.,Luxembourg,LU,,,,,\n"
            + "Studio Süd,company,design,,Another one.,,We too.,Esch,LU,,,,,\n"
            + "Broken,company,design,,,,,Esch,LU,,,,,\n";

    ImportReport report = world.importForReal(csv);

    assertFalse(report.dryRun());
    assertEquals(0, report.applied());
    assertEquals(Set.of(4), Set.copyOf(report.errors().stream().map(ImportError::row).toList()));
    assertTrue(world.members.byStatus(MemberStatus.ACTIVE).isEmpty(), "all or none");
    assertFalse(world.members.slugTaken(new Slug("atelier-nord")));
    assertTrue(world.auditLog.withAction(AuditAction.MEMBERS_IMPORTED).isEmpty());
  }

  @Test
  void aRealImportWithoutErrors_storesEveryRow_withItsStatusConsentAndHistory() {
    String csv =
        HEADER
            + "Atelier Nord,company,design,music,Design studio.,Studio de design.,We design.,"
            + "Luxembourg,LU,https://atelier-nord.example.org/,hello@atelier-nord.example.org,"
            + "yes,,Branding| Motion  Design\n"
            + "Nouvelle Voix,association,music,,A choir.,,We sing.,Metz,FR,,,,applied,\n";

    ImportReport report = world.importForReal(csv);

    assertTrue(report.valid(), report.errors().toString());
    assertEquals(2, report.applied());
    Member nord = world.members.bySlug(new Slug("atelier-nord")).orElseThrow();
    assertEquals(MemberStatus.ACTIVE, nord.status());
    assertTrue(nord.memberSince().isPresent());
    assertEquals("Studio de design.", nord.profile().pitch().exactlyIn(Language.FR).orElseThrow());
    assertEquals(
        List.of("branding", "motion design"),
        nord.profile().keywords().stream().map(k -> k.value()).toList());
    assertEquals(
        "hello@atelier-nord.example.org", nord.contact().publicEmail().orElseThrow().value());
    assertEquals(world.clock.instant(), nord.contact().emailConsentAt().orElseThrow());
    assertEquals(2, nord.history().size(), "applied, then approved by the importing staff");
    Member voix = world.members.bySlug(new Slug("nouvelle-voix")).orElseThrow();
    assertEquals(MemberStatus.APPLIED, voix.status());
    assertEquals(1, world.auditLog.withAction(AuditAction.MEMBERS_IMPORTED).size());
  }

  @Test
  void
      likelyDuplicates_areReported_againstExistingMembersAndEarlierRows_withoutStoppingTheImport() {
    world.members.add(
        SampleMember.named("Atelier Nord").website("https://www.atelier-nord.example.org").build());
    String csv =
        HEADER
            + "Atelier Nord S.à r.l.,company,design,,A pitch.,,Text.,Luxembourg,LU,"
            + "https://atelier-nord.example.org/,,,,\n"
            + "Klangwerk Studios,company,music,,A pitch.,,Text.,Luxembourg,LU,,"
            + "info@klangwerk.example.org,,,\n"
            + "Klangwerk Studio,company,music,,A pitch.,,Text.,Esch,LU,,"
            + "info@klangwerk.example.org,,applied,\n";

    ImportReport report = world.dryRun(csv);

    assertTrue(report.valid(), report.errors().toString());
    assertEquals(2, report.duplicates().size(), report.duplicates().toString());
    ImportDuplicate existing = report.duplicates().get(0);
    assertEquals(2, existing.row());
    assertEquals(Optional.of("atelier-nord"), existing.existingSlug());
    assertEquals(
        Set.of(DuplicateReason.SAME_WEBSITE, DuplicateReason.SIMILAR_NAME), existing.reasons());
    ImportDuplicate inFile = report.duplicates().get(1);
    assertEquals(4, inFile.row());
    assertEquals(Optional.of(3), inFile.earlierRow());
    assertEquals("Klangwerk Studios", inFile.otherName());
    assertTrue(inFile.reasons().contains(DuplicateReason.SAME_EMAIL));
    assertEquals("atelier-nord-s-a-r-l", report.slugs().get(0), "slugs never collide");

    assertEquals(3, world.importForReal(csv).applied(), "staff decide about duplicates later");
  }

  @Test
  void givenSlugs_mustBeFree_andUniqueInTheFile() {
    world.members.add(SampleMember.named("Atelier Nord").build());
    String csv =
        "slug,display_name,kind,primary_sector,pitch_en,description_en,country\n"
            + "atelier-nord,Atelier Nord,company,design,Pitch.,Text.,LU\n"
            + "studio-x,Studio X,company,design,Pitch.,Text.,LU\n"
            + "studio-x,Studio X bis,company,design,Pitch.,Text.,LU\n"
            + "Not A Slug,Studio Y,company,design,Pitch.,Text.,LU\n";

    List<String> errors =
        world.dryRun(csv).errors().stream()
            .map(e -> e.row() + ":" + e.column() + ":" + e.messageKey())
            .toList();

    assertEquals(
        List.of(
            "2:slug:import.slug.taken",
            "4:slug:import.slug.repeated",
            "5:slug:import.cell.invalid"),
        errors);
  }

  @Test
  void aHeaderWithUnknownRepeatedOrMissingColumns_isReportedAsRowOne() {
    String csv = "display_name,kind,colour,kind,country\nA,company,red,company,LU\n";

    List<String> errors =
        world.dryRun(csv).errors().stream().map(e -> e.column() + ":" + e.messageKey()).toList();

    assertEquals(
        List.of(
            "colour:import.header.unknown",
            "kind:import.header.repeated",
            "primary_sector:import.header.missing"),
        errors);
  }

  @Test
  void aRowWiderThanTheHeader_isAnError_butMissingTrailingCellsAreEmpty() {
    String csv =
        "display_name,kind,primary_sector,pitch_en,description_en,country,commune\n"
            + "Short Row,company,design,Pitch.,Text.,LU\n"
            + "Wide Row,company,design,Pitch.,Text.,LU,Esch,surprise\n";

    ImportReport report = world.dryRun(csv);

    assertEquals(
        List.of(new ImportError(3, "", "import.row.width", "more cells than the header")),
        report.errors());
  }

  @Test
  void semicolonSeparatedFiles_fromGermanOrFrenchSpreadsheets_areRead() {
    String csv =
        "\uFEFFdisplay_name;kind;primary_sector;pitch_de;description_de;country;commune\r\n"
            + "Büro Ösling;company;architecture;Häuser, Höfe;Wir planen.;LU;Wiltz\r\n";

    ImportReport report = world.importForReal(csv);

    assertTrue(report.valid(), report.errors().toString());
    Member buero = world.members.bySlug(new Slug("buro-osling")).orElseThrow();
    assertEquals("Häuser, Höfe", buero.profile().pitch().exactlyIn(Language.DE).orElseThrow());
  }

  @Test
  void malformedFiles_areRefusedAsAWhole_withAMessageKey() {
    assertMalformed(new byte[] {(byte) 0xC3, 0x28, 'a'}, "import.file.encoding");
    assertMalformed("".getBytes(StandardCharsets.UTF_8), "import.file.empty");
    assertMalformed(
        "display_name,kind\n\"open quote,company\n".getBytes(StandardCharsets.UTF_8),
        "import.file.quotes");
    assertMalformed(
        "display_name\n\"closed\"after\n".getBytes(StandardCharsets.UTF_8), "import.file.quotes");
    StringBuilder many = new StringBuilder("display_name\n");
    for (int i = 0; i <= ImportMembersCommand.MAX_ROWS; i++) {
      many.append("Member ").append(i).append('\n');
    }
    assertMalformed(many.toString().getBytes(StandardCharsets.UTF_8), "import.file.too-many-rows");
    assertMalformed(new byte[ImportMembersCommand.MAX_BYTES + 1], "import.file.too-large");
  }

  @Test
  void onlyStaff_import() {
    ImportMembersCommand byMember =
        new ImportMembersCommand(
            MemberFixture.someMember(), HEADER.getBytes(StandardCharsets.UTF_8), true, "");

    assertThrows(AccessDeniedException.class, () -> world.importService().importMembers(byMember));
  }

  private void assertMalformed(byte[] content, String key) {
    MalformedImportFileException refused =
        assertThrows(
            MalformedImportFileException.class,
            () ->
                world
                    .importService()
                    .importMembers(
                        new ImportMembersCommand(MemberDataFixture.staff(), content, true, "")));
    assertEquals(key, refused.messageKey());
  }
}
