package lu.creativecluster.adapter.webui.impact;

import java.util.ArrayList;
import java.util.List;
import lu.creativecluster.adapter.webui.site.BarScale;

/**
 * View model: one figure per year as a column chart drawn on the server (SVG without script), with
 * an optional goal line. The geometry is computed here so the page only places it; the page's table
 * says the same for screen readers.
 */
public record ColumnChart(String id, List<Column> columns, int width, int height, int goalY) {

  static final int PLOT_HEIGHT = 160;
  static final int COLUMN_WIDTH = 44;
  static final int GAP = 20;
  static final int LEFT = 12;
  static final int TOP = 22;
  static final int LABEL_SPACE = 24;

  /** One column: its label (the year), its value as shown, and where it sits. */
  public record Column(String label, String shown, int x, int y, int height) {

    public int getTextX() {
      return x + COLUMN_WIDTH / 2;
    }

    public int getValueY() {
      return y - 5;
    }

    public int getLabelY() {
      return TOP + PLOT_HEIGHT + 17;
    }

    public int getWidth() {
      return COLUMN_WIDTH;
    }
  }

  /** A value of one year with the text that shows it. */
  public record Point(String label, long value, String shown) {}

  /**
   * @param goal a goal line at this value, or a negative number for none
   */
  public static ColumnChart of(String id, List<Point> points, long goal) {
    long max = Math.max(1, Math.max(goal, points.stream().mapToLong(Point::value).max().orElse(1)));
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      int h = BarScale.length(p.value(), max, PLOT_HEIGHT);
      columns.add(
          new Column(
              p.label(), p.shown(), LEFT + i * (COLUMN_WIDTH + GAP), TOP + PLOT_HEIGHT - h, h));
    }
    int goalY = goal < 0 ? -1 : TOP + PLOT_HEIGHT - BarScale.length(goal, max, PLOT_HEIGHT);
    return new ColumnChart(
        id,
        columns,
        LEFT * 2 + Math.max(1, points.size()) * (COLUMN_WIDTH + GAP),
        TOP + PLOT_HEIGHT + LABEL_SPACE,
        goalY);
  }

  public boolean isHasGoal() {
    return goalY >= 0;
  }

  public int getBaseY() {
    return TOP + PLOT_HEIGHT;
  }

  public int getRight() {
    return width - LEFT;
  }

  public int getLeft() {
    return LEFT;
  }
}
