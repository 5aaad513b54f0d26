package lu.creativecluster.it.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Test infrastructure: a test class's browsers, one per accept-language, each started at its first
 * use and handed to every later test as if new: on a blank page, without cookies (so without a
 * session), with an empty cache and the window it started with. Starting Chromium and its driver
 * costs seconds on the test machine; a new profile per test bought nothing a cleared one does not.
 * A class keeps one in a static field and closes it after all its tests.
 */
public final class Browsers implements AutoCloseable {

  private final Map<String, ChromeDriver> started = new LinkedHashMap<>();

  /** A browser with this accept-language, in the state of a freshly started one. */
  public ChromeDriver fresh(String acceptLanguage) {
    ChromeDriver browser = started.get(acceptLanguage);
    if (browser == null) {
      browser = HeadlessChromium.start(acceptLanguage);
      started.put(acceptLanguage, browser);
      return browser;
    }
    browser.get("about:blank");
    // Every origin's cookies (the mailed links name localhost, the tests may call 127.0.0.1).
    browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
    HeadlessChromium.resize(browser, HeadlessChromium.DESKTOP, HeadlessChromium.START_HEIGHT);
    return browser;
  }

  @Override
  public void close() {
    started.values().forEach(ChromeDriver::quit);
    started.clear();
  }
}
