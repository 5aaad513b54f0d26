package lu.creativecluster.it.support;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Test infrastructure: Deque's axe-core, all of its rules (WCAG 2.x A and AA and best practices),
 * run on the page the browser shows. A page passes with no violation at all; the failure lists each
 * violated rule with the elements that break it, so it can be fixed from the build log.
 */
public final class Accessibility {

  private Accessibility() {}

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
    return new AxeBuilder().withOptions(options).disableIframeTesting().setLegacyMode(true);
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
