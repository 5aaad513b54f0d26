package lu.creativecluster.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** Test steps: the public inquiry form, as a visitor fills it. */
public final class InquirySteps {

  private InquirySteps() {}

  /**
   * Fills the inquiry form on the current page completely (a question on intellectual property,
   * with consent); the caller sends it.
   */
  public static void fill(ChromeDriver browser, String name, String email, String word) {
    new Select(browser.findElement(By.id("kind"))).selectByValue("question");
    new Select(browser.findElement(By.id("topic"))).selectByValue("intellectual-property");
    SitePages.type(browser, By.id("message"), "How do I protect my " + word + " designs?");
    SitePages.type(browser, By.id("name"), name);
    SitePages.type(browser, By.id("email"), email);
    WebElement consent = browser.findElement(By.id("consent"));
    if (!consent.isSelected()) {
      // Instantly: the site scrolls smoothly while a field has focus, and a click during the
      // scroll lands elsewhere.
      browser.executeScript(
          "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", consent);
      consent.click();
    }
  }

  /**
   * Clicks a button that leads to a new page, with no field focused: while one is, the site scrolls
   * smoothly (html:focus-within), and a click during that scroll lands elsewhere.
   */
  public static void submit(ChromeDriver browser, By button, By expected) {
    browser.executeScript("if (document.activeElement) { document.activeElement.blur(); }");
    SitePages.submit(browser, button, expected);
  }
}
