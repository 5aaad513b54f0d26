package lu.creativecluster.adapter.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lu.creativecluster.adapter.webui.site.Page;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The texts of the pages ({@code messages}) exist in de, fr and en, and every key a page uses
 * exists.
 */
class MessageBundlesTest {

  private static final String FOLDER = "lu/creativecluster/adapter/webui/";
  private static final String BASE_NAME = "lu.creativecluster.adapter.webui.messages";
  private static final Pattern KEY_IN_VIEW = Pattern.compile("msg\\['([^']+)'\\]");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

  private static Properties load(String bundle, String suffix) {
    String resource = FOLDER + bundle + suffix + ".properties";
    try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, "missing " + resource);
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties load(String suffix) {
    return load("messages", suffix);
  }

  private static Set<String> missingIn(Properties target, Properties reference) {
    return reference.stringPropertyNames().stream()
        .filter(key -> !target.containsKey(key))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @ParameterizedTest
  @CsvSource({"messages, _de", "messages, _fr"})
  void everyEnglishKey_isTranslated_andNothingElse(String bundle, String suffix) {
    Properties english = load(bundle, "");
    Properties translation = load(bundle, suffix);

    assertEquals(Set.of(), missingIn(translation, english), "keys missing in " + bundle + suffix);
    assertEquals(Set.of(), missingIn(english, translation), "keys only in " + bundle + suffix);
  }

  @ParameterizedTest
  @CsvSource({"messages, ''", "messages, _de", "messages, _fr"})
  void noText_isBlank(String bundle, String suffix) {
    Properties texts = load(bundle, suffix);
    Set<String> blank =
        texts.stringPropertyNames().stream()
            .filter(key -> texts.getProperty(key).isBlank())
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(), blank, "blank texts in " + bundle + suffix);
  }

  @ParameterizedTest
  @ValueSource(strings = {"messages"})
  void theEnglishFile_isEmpty_soEnglishComesFromTheBase(String bundle) {
    assertTrue(load(bundle, "_en").isEmpty());
  }

  @Test
  void everyLanguage_isSwitchedToByItsOwnName() {
    for (Language language : Language.values()) {
      ResourceBundle own = ResourceBundle.getBundle(BASE_NAME, language.locale());
      assertFalse(own.getString("language." + language.code()).isBlank());
    }
    assertEquals("Deutsch", load("_fr").getProperty("language.de"));
    assertEquals("Français", load("_de").getProperty("language.fr"));
    assertEquals("English", load("_de").getProperty("language.en"));
  }

  @Test
  void eachLanguage_readsItsOwnBundle_whateverTheServersDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMAN);
      ResourceBundle.clearCache();
      assertEquals(
          "Home", ResourceBundle.getBundle(BASE_NAME, Language.EN.locale()).getString("nav.home"));
      assertEquals(
          "Accueil",
          ResourceBundle.getBundle(BASE_NAME, Language.FR.locale()).getString("nav.home"));
    } finally {
      Locale.setDefault(before);
      ResourceBundle.clearCache();
    }
  }

  /**
   * A value with a placeholder is a MessageFormat pattern: it must format (choices get numbers) and
   * write an apostrophe as {@code ''}, or the apostrophe vanishes.
   */
  @ParameterizedTest
  @CsvSource({"messages, ''", "messages, _de", "messages, _fr"})
  void patterns_formatWithoutLosingApostrophes(String bundle, String suffix) {
    Properties texts = load(bundle, suffix);
    for (String key : texts.stringPropertyNames()) {
      String value = texts.getProperty(key);
      if (PLACEHOLDER.matcher(value).find()) {
        MessageFormat format = new MessageFormat(value, Locale.ROOT);
        Object[] arguments =
            value.contains(",choice,") ? new Object[] {2, 2} : new Object[] {"X", "Y", "Z"};
        String formatted = format.format(arguments);
        assertEquals(
            value.chars().filter(c -> c == '\'').count() / 2,
            formatted.chars().filter(c -> c == '\'').count(),
            key + " must write an apostrophe as ''");
        assertFalse(formatted.contains("{"), key + " keeps a placeholder");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "_de", "_fr"})
  void textsWithoutPlaceholders_writeASingleApostrophe(String suffix) {
    Properties texts = load(suffix);
    Set<String> doubled =
        texts.stringPropertyNames().stream()
            .filter(key -> !PLACEHOLDER.matcher(texts.getProperty(key)).find())
            .filter(key -> texts.getProperty(key).contains("''"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(), doubled);
  }

  @Test
  void everyKeyAViewUses_exists() throws IOException {
    Properties english = load("");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
      for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher keys = KEY_IN_VIEW.matcher(Files.readString(view));
        while (keys.find()) {
          if (!english.containsKey(keys.group(1))) {
            missing.add(keys.group(1) + " (" + view.getFileName() + ")");
          }
        }
      }
    }
    assertEquals(Set.of(), missing);
  }

  @Test
  void everyPage_hasItsNavigationLabelAndTitle() {
    Properties english = load("");
    for (Page page : Page.values()) {
      assertTrue(english.containsKey(page.labelKey()), page.labelKey());
      assertTrue(english.containsKey(page.key() + ".title"), page.key() + ".title");
    }
  }

  @Test
  void everyAuditAction_hasAText() throws IllegalAccessException {
    Properties english = load("");
    for (var field : AuditAction.class.getFields()) {
      String key = "audit.action." + field.get(null);
      assertTrue(english.containsKey(key), key);
    }
  }

  @Test
  void everyRoleAndStatus_hasAName() {
    Properties english = load("");
    for (var role : lu.creativecluster.domain.account.Role.values()) {
      assertTrue(english.containsKey("role." + role.code()), role.code());
    }
    for (var status : lu.creativecluster.domain.account.AccountStatus.values()) {
      String key = "accountStatus." + status.name().toLowerCase(Locale.ROOT);
      assertTrue(english.containsKey(key), key);
    }
  }

  @Test
  void theTooManyRequestsPage_hasItsText() {
    for (String suffix : new String[] {"", "_de", "_fr"}) {
      assertFalse(load(suffix).getProperty("error.tooManyRequests", "").isBlank(), suffix);
    }
  }
}
