package lu.creativecluster.adapter.webui.cooperation;

import java.util.ArrayList;
import java.util.List;
import lu.creativecluster.adapter.webui.site.BarScale;
import lu.creativecluster.application.port.in.cooperation.MarketOverview;

/**
 * View model: the export overview's markets as a horizontal bar chart drawn on the server (SVG
 * without script), two bars per market: members serving it and members wanting it. The geometry is
 * computed here so the page only places the numbers, and the same rows feed the table that says the
 * same for screen readers and people who cannot tell the colours apart.
 */
public record ExportChart(List<Row> rows, int width, int height) {

  static final int MAX_MARKETS = 15;
  static final int LABEL_WIDTH = 150;
  static final int BAR_AREA = 400;
  static final int ROW_HEIGHT = 34;
  static final int TOP = 10;

  /** One market: its label, its counts, and where its bars sit. */
  public record Row(
      int rank,
      String code,
      String name,
      long serving,
      long wanting,
      long missionParticipants,
      int y,
      int servingWidth,
      int wantingWidth) {

    public int getWantingY() {
      return y;
    }

    public int getServingY() {
      return y + 13;
    }

    public int getLabelY() {
      return y + 16;
    }

    public int getWantingTextX() {
      return LABEL_WIDTH + wantingWidth + 6;
    }

    public int getServingTextX() {
      return LABEL_WIDTH + servingWidth + 6;
    }
  }

  /**
   * @param names the market's name in the page's language, by country code
   */
  public static ExportChart of(
      List<MarketOverview> markets, java.util.function.Function<String, String> names) {
    List<MarketOverview> shown = markets.stream().limit(MAX_MARKETS).toList();
    long max =
        Math.max(
            1, shown.stream().mapToLong(m -> Math.max(m.serving(), m.wanting())).max().orElse(1));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      MarketOverview m = shown.get(i);
      String code = m.market().alpha2();
      rows.add(
          new Row(
              m.rank(),
              code,
              names.apply(code),
              m.serving(),
              m.wanting(),
              m.missionParticipants(),
              TOP + i * ROW_HEIGHT,
              scale(m.serving(), max),
              scale(m.wanting(), max)));
    }
    return new ExportChart(
        rows, LABEL_WIDTH + BAR_AREA + 50, TOP * 2 + Math.max(1, rows.size()) * ROW_HEIGHT);
  }

  private static int scale(long value, long max) {
    return BarScale.length(value, max, BAR_AREA);
  }

  public int getLabelWidth() {
    return LABEL_WIDTH;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
