package lu.creativecluster.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Test infrastructure: Debian's Chromium and ChromeDriver, named explicitly so that Selenium
 * downloads nothing (the CI machine has no internet), headless, with a fresh profile.
 */
public final class HeadlessChromium {

  private static final String CHROMIUM = System.getProperty("it.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("it.chromedriver", "/usr/bin/chromedriver");

  /** The widths the pages are looked at: a desktop window and a common phone. */
  public static final int DESKTOP = 1280;

  public static final int PHONE = 390;

  /** The window's height at start (with DESKTOP as its width). */
  public static final int START_HEIGHT = 1024;

  private HeadlessChromium() {}

  public static ChromeDriver start(String acceptLanguage) {
    try {
      Path profile = Files.createTempDirectory("chromium-profile");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-quic",
          "--no-first-run",
          // A desktop window unless a test resizes: the headless default is smaller than a phone.
          "--window-size=" + DESKTOP + "," + START_HEIGHT,
          "--lang=" + acceptLanguage,
          "--user-data-dir=" + profile);
      options.setExperimentalOption(
          "prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Resizes the window to a device width; height is generous so a screenshot shows the page. */
  public static void resize(ChromeDriver driver, int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /**
   * Lays the page out at a viewport of this size, as a window of that size would, without resizing
   * the window: Chromium's device-metrics emulation (a desktop device, so no phone viewport meta or
   * touch rules change anything but the width). It stays for the pages opened next, until {@link
   * #endViewport}. A window resize re-lays the page out just the same, but took Chromium twice as
   * long, and the accessibility test does it twice for every page it checks.
   */
  public static void viewport(ChromeDriver driver, int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Back to the window's own size after {@link #viewport}. */
  public static void endViewport(ChromeDriver driver) {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /**
   * Saves a screenshot of the viewport under target/screenshots, to be looked at by a person. The
   * same picture as WebDriver's screenshot (Chromium's Page.captureScreenshot of the viewport), but
   * with Chromium's fast PNG compression: WebDriver's compresses hard, which cost about a third of
   * a second per picture on the test machine, and the browser tests take hundreds.
   */
  public static Path screenshot(ChromeDriver driver, String name) {
    try {
      Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Map<String, Object> shot =
          driver.executeCdpCommand(
              "Page.captureScreenshot", Map.of("format", "png", "optimizeForSpeed", true));
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
