package lu.creativecluster.adapter.webui.cooperation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import lu.creativecluster.application.port.in.cooperation.MarketOverview;
import lu.creativecluster.domain.member.CountryCode;
import org.junit.jupiter.api.Test;

class ExportChartTest {

  private static MarketOverview market(int rank, String code, long serving, long wanting) {
    return new MarketOverview(rank, CountryCode.of(code), serving, wanting, 0, List.of());
  }

  @Test
  void theLargestCountFillsTheBarArea_andOthersScaleToIt() {
    ExportChart chart =
        ExportChart.of(
            List.of(market(1, "FR", 10, 40), market(2, "DE", 20, 10), market(3, "BE", 0, 1)),
            code -> "name of " + code);
    List<ExportChart.Row> rows = chart.rows();
    assertEquals(3, rows.size());
    assertEquals(ExportChart.BAR_AREA, rows.get(0).wantingWidth());
    assertEquals(ExportChart.BAR_AREA / 4, rows.get(0).servingWidth());
    assertEquals(ExportChart.BAR_AREA / 2, rows.get(1).servingWidth());
    assertEquals(0, rows.get(2).servingWidth(), "nobody serves it: no bar");
    assertTrue(rows.get(2).wantingWidth() >= 2, "one member is still a visible bar");
    assertEquals("name of FR", rows.get(0).name());
    assertTrue(rows.get(1).y() > rows.get(0).y(), "rows go down in rank order");
    assertTrue(chart.height() >= rows.get(2).y() + ExportChart.ROW_HEIGHT);
  }

  @Test
  void showsTheMostWantedMarketsOnly_andAnEmptyOverviewIsEmpty() {
    List<MarketOverview> many = new ArrayList<>();
    String[] codes = {
      "FR", "DE", "BE", "NL", "IT", "ES", "PT", "AT", "CH", "DK", "SE", "NO", "FI", "PL", "CZ",
      "IE", "GB"
    };
    for (int i = 0; i < codes.length; i++) {
      many.add(market(i + 1, codes[i], 1, codes.length - i));
    }
    assertEquals(ExportChart.MAX_MARKETS, ExportChart.of(many, c -> c).rows().size());
    assertTrue(ExportChart.of(List.of(), c -> c).isEmpty());
  }
}
