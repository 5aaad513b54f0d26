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
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The texts of the public pages exist in de, fr and en, and every key a page uses exists. */
class MessageBundlesTest {

  private static final String BASE = "lu/creativecluster/adapter/webui/messages";
  private static final String BASE_NAME = BASE.replace('/', '.');
  private static final Pattern KEY_IN_VIEW = Pattern.compile("msg\\['([^']+)'\\]");

  private static Properties load(String suffix) {
    String resource = BASE + suffix + ".properties";
    try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, "missing " + resource);
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> missingIn(Properties target, Properties reference) {
    return reference.stringPropertyNames().stream()
        .filter(key -> !target.containsKey(key))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @ParameterizedTest
  @ValueSource(strings = {"_de", "_fr"})
  void everyEnglishKey_isTranslated_andNothingElse(String suffix) {
    Properties english = load("");
    Properties translation = load(suffix);

    assertEquals(Set.of(), missingIn(translation, english), "keys missing in messages" + suffix);
    assertEquals(Set.of(), missingIn(english, translation), "keys only in messages" + suffix);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "_de", "_fr"})
  void noText_isBlank(String suffix) {
    Properties bundle = load(suffix);
    Set<String> blank =
        bundle.stringPropertyNames().stream()
            .filter(key -> bundle.getProperty(key).isBlank())
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(), blank, "blank texts in messages" + suffix);
  }

  @Test
  void theEnglishFile_isEmpty_soEnglishComesFromTheBase() {
    assertTrue(load("_en").isEmpty());
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

  @ParameterizedTest
  @ValueSource(strings = {"", "_de", "_fr"})
  void patterns_formatWithoutLosingApostrophes(String suffix) {
    Properties bundle = load(suffix);
    for (String key : bundle.stringPropertyNames()) {
      String value = bundle.getProperty(key);
      if (value.contains("{0}")) {
        String formatted = new MessageFormat(value, Locale.ROOT).format(new Object[] {"X", "Y"});
        assertEquals(
            value.chars().filter(c -> c == '\'').count() / 2,
            formatted.chars().filter(c -> c == '\'').count(),
            key + " must write an apostrophe as ''");
        assertFalse(formatted.contains("{"), key + " keeps a placeholder");
      }
    }
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
}
