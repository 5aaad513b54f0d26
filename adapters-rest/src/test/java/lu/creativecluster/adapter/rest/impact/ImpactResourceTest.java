package lu.creativecluster.adapter.rest.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lu.creativecluster.application.port.in.impact.ImpactFigures;
import lu.creativecluster.application.port.in.impact.ImpactPeriod;
import lu.creativecluster.application.port.in.impact.ImpactReport;
import lu.creativecluster.domain.project.EuroAmount;
import org.junit.jupiter.api.Test;

/** Content negotiation and the CSV form of the impact figures. */
class ImpactResourceTest {

  private static ImpactFigures figures(int year, Optional<EuroAmount> total) {
    return new ImpactFigures(
        ImpactPeriod.ofYear(year),
        10,
        2,
        Map.of(),
        14,
        5,
        4,
        Optional.of(Duration.ofMinutes(90)),
        3,
        EuroAmount.parse("1000.10"),
        total,
        2,
        1,
        6,
        Map.of(),
        2,
        40,
        100,
        250,
        Duration.ofSeconds(75),
        List.of());
  }

  @Test
  void csv_isChosenOnlyWhenPreferredOverJson() {
    assertTrue(ImpactResource.wantsCsv(List.of(new MediaType("text", "csv"))));
    assertFalse(ImpactResource.wantsCsv(List.of(MediaType.WILDCARD_TYPE)));
    assertFalse(
        ImpactResource.wantsCsv(
            List.of(MediaType.APPLICATION_JSON_TYPE, new MediaType("text", "csv"))));
    assertFalse(ImpactResource.wantsCsv(List.of()));
  }

  @Test
  void theCsv_hasAYearRowAndATotalRow_andTheTotalVolumeOnlyWhenFull() {
    ImpactReport publicReport =
        new ImpactReport(
            figures(2026, Optional.empty()),
            List.of(figures(2026, Optional.empty())),
            false,
            Instant.EPOCH);
    String[] lines = ImpactCsv.write(publicReport).split("\r\n");
    assertEquals(3, lines.length);
    assertFalse(lines[0].contains("total_volume_eur"));
    assertEquals(
        "2026,2026-01-01,2026-12-31,10,2,14,5,4,1.5,3,2,1000.10,1,6,0,2,40,100,250,75", lines[1]);
    assertTrue(lines[2].startsWith("total,"));

    ImpactReport full =
        new ImpactReport(
            figures(2026, Optional.of(EuroAmount.parse("9000.00"))),
            List.of(figures(2026, Optional.of(EuroAmount.parse("9000.00")))),
            true,
            Instant.EPOCH);
    String csv = ImpactCsv.write(full);
    assertTrue(csv.split("\r\n")[0].contains(",public_volume_eur,total_volume_eur,"));
    assertTrue(csv.contains(",1000.10,9000.00,"));
    assertEquals(LocalDate.of(2026, 1, 1), full.total().period().from());
  }
}
