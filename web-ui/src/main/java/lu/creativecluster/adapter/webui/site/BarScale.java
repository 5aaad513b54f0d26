package lu.creativecluster.adapter.webui.site;

/**
 * View model helper: how long a bar of a server-drawn SVG chart is, shared by every chart of the
 * site so their bars read alike. A non-zero value always gets a visible bar.
 */
public final class BarScale {

  private BarScale() {}

  /**
   * @param area the length of the largest value's bar, in SVG units
   */
  public static int length(long value, long max, int area) {
    if (value <= 0 || max <= 0) {
      return 0;
    }
    return (int) Math.max(2, Math.round((double) Math.min(value, max) * area / max));
  }
}
