package lu.creativecluster.it.support;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Test infrastructure: Deque's axe-core, all of its rules (WCAG 2.x A and AA and best practices),
 * run on the page the browser shows. A page passes with no violation at all; the failure lists each
 * violated rule with the elements that break it, so it can be fixed from the build log.
 */
public final class Accessibility {

  /** axe-core itself (about 550 KB of script), as the AxeBuilder ships it. */
  private static final String AXE_SOURCE = axeSource();

  private Accessibility() {}

  /**
   * Has the browser load axe-core into every page it opens from now on, as the page's document is
   * created, rather than sending it with each check: sending it through the driver cost most of a
   * check's time (0.4 to 1.2 s, against 0.05 to 0.5 s for axe's run). For a browser that checks
   * many pages; the pages themselves do not see it until a check runs.
   */
  public static void preload(ChromeDriver browser) {
    browser.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE_SOURCE));
  }

  /** Runs axe on the current, settled page (call it after a SitePages step). */
  public static void assertNoViolations(ChromeDriver browser, String page) {
    String violations = violations(browser, page);
    if (!violations.isEmpty()) {
      throw new AssertionError(violations);
    }
  }

  /**
   * The violations axe finds on the current page, described for a person; empty when there are
   * none. Lets a test check many pages and report them all at once.
   */
  public static String violations(ChromeDriver browser, String page) {
    Results results = axe().analyze(browser);
    if (results.isErrored()) {
      return "axe-core could not check " + page + ": " + results.getErrorMessage();
    }
    if (results.getViolations().isEmpty()) {
      return "";
    }
    return results.getViolations().size()
        + " axe-core violation(s) on "
        + page
        + " ("
        + browser.getCurrentUrl()
        + "):\n"
        + results.getViolations().stream()
            .map(Accessibility::describe)
            .collect(Collectors.joining("\n"));
  }

  /**
   * All rules, made cheap to run: the pages have no frames, so axe runs in place (legacy mode)
   * rather than opening a blank window for every check, and only violations travel back to Java,
   * not the thousands of passed and inapplicable results.
   */
  private static AxeBuilder axe() {
    AxeRunOptions options = new AxeRunOptions();
    options.setResultTypes(List.of("violations"));
    AxeBuilder builder =
        new AxeBuilder().withOptions(options).disableIframeTesting().setLegacyMode(true);
    // false: the builder does not send axe itself but calls this, which sends it only to a page
    // that has none yet (not preloaded, or checked once already at another width).
    builder.setInjectAxe(Accessibility::injectUnlessPresent, false);
    return builder;
  }

  private static void injectUnlessPresent(WebDriver browser) {
    JavascriptExecutor page = (JavascriptExecutor) browser;
    Object present =
        page.executeScript(
            "return typeof window.axe === 'object' && typeof axe.run === 'function'");
    if (!Boolean.TRUE.equals(present)) {
      page.executeScript(AXE_SOURCE);
    }
  }

  private static String axeSource() {
    try {
      return new AxeBuilder().getAxeScriptProvider().getScript();
    } catch (Exception e) {
      throw new IllegalStateException("axe-core's script is not on the classpath", e);
    }
  }

  private static String describe(Rule rule) {
    return "- "
        + rule.getId()
        + " ["
        + rule.getImpact()
        + "] "
        + rule.getHelp()
        + " ("
        + rule.getHelpUrl()
        + ")\n"
        + rule.getNodes().stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
  }

  private static String describe(CheckedNode node) {
    return "    at " + node.getTarget() + ": " + node.getHtml();
  }
}
