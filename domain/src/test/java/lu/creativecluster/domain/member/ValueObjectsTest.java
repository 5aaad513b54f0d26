package lu.creativecluster.domain.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

  @ParameterizedTest
  @CsvSource({
    "Atelier Nord,atelier-nord",
    "  Créée à Esch!  ,creee-a-esch",
    "Straße & Söhne,strasse-sohne",
    "AB,member-ab",
    "!!!,member",
    "Œuvre -- Ø,oeuvre-o"
  })
  void aSlugIsDerivedFromTheDisplayName(String name, String slug) {
    assertEquals(slug, Slug.derivedFrom(name).value());
  }

  @Test
  void aDerivedSlugIsCutAtEightyCharactersWithoutATrailingHyphen() {
    Slug slug = Slug.derivedFrom("a".repeat(79) + " bcd");
    assertEquals("a".repeat(79), slug.value());
    assertEquals(80, Slug.derivedFrom("x".repeat(200)).value().length());
  }

  @Test
  void aSuffixedSlugStaysWithinTheLimit() {
    assertEquals("atelier-nord-2", new Slug("atelier-nord").withSuffix(2).value());
    assertEquals(80, new Slug("x".repeat(80)).withSuffix(12).value().length());
    assertTrue(new Slug("x".repeat(80)).withSuffix(12).value().endsWith("-12"));
    assertEquals(
        "x".repeat(71) + "-0a1b2c3d", new Slug("x".repeat(80)).withSuffix("0a1b2c3d").value());
    assertThrows(IllegalArgumentException.class, () -> new Slug("abc").withSuffix("A-B"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab", "Upper", "double--hyphen", "-lead", "trail-", "é-accent"})
  void malformedSlugsAreRefused(String value) {
    assertThrows(IllegalArgumentException.class, () -> new Slug(value));
  }

  @Test
  void countryCodesAreIsoAlpha2_upperCased() {
    assertEquals("LU", CountryCode.of(" lu ").alpha2());
    assertThrows(IllegalArgumentException.class, () -> CountryCode.of("XX"));
    assertThrows(IllegalArgumentException.class, () -> CountryCode.of("LUX"));
  }

  @Test
  void languageTagsAreCanonicalBcp47() {
    assertEquals("de-LU", LanguageTag.of("de-lu").value());
    assertEquals("lb", LanguageTag.of("LB").value());
    assertEquals("de", LanguageTag.of("de-LU").language());
    assertThrows(IllegalArgumentException.class, () -> LanguageTag.of("not a tag"));
    assertThrows(IllegalArgumentException.class, () -> LanguageTag.of(""));
  }

  @Test
  void keywordsAreTrimmedLowerCasedAndCollapsed() {
    assertEquals("motion design", Keyword.of("  Motion \t  DESIGN ").value());
    assertThrows(IllegalArgumentException.class, () -> Keyword.of("x"));
    assertThrows(IllegalArgumentException.class, () -> Keyword.of("y".repeat(41)));
  }

  @Test
  void webLinksAreAbsoluteHttpAddresses_theirHostIgnoresWww() {
    assertEquals("studio.lu", WebLink.parse("https://WWW.Studio.lu/about").host());
    assertEquals("studio.lu", WebLink.parse("http://studio.lu").host());
    assertThrows(IllegalArgumentException.class, () -> WebLink.parse("ftp://studio.lu"));
    assertThrows(IllegalArgumentException.class, () -> WebLink.parse("javascript:alert(1)"));
    assertThrows(IllegalArgumentException.class, () -> WebLink.parse("studio.lu"));
    assertThrows(IllegalArgumentException.class, () -> WebLink.parse("https://a b"));
    assertThrows(IllegalArgumentException.class, () -> WebLink.parse("https://me@studio.lu"));
  }

  @Test
  void portfolioLinksHaveATitle() {
    WebLink link = WebLink.parse("https://vimeo.com/1");
    assertEquals("Reel", new PortfolioLink(" Reel ", link, PortfolioKind.VIDEO).title());
    assertThrows(
        IllegalArgumentException.class, () -> new PortfolioLink(" ", link, PortfolioKind.VIDEO));
  }

  @Test
  void phoneNumbersHaveSixToFifteenDigits() {
    assertEquals("+352 26 12 34 56", new PhoneNumber(" +352  26 12 34 56 ").value());
    assertThrows(IllegalArgumentException.class, () -> new PhoneNumber("12345"));
    assertThrows(IllegalArgumentException.class, () -> new PhoneNumber("call me"));
  }

  @Test
  void profileTextNeedsOneLanguage_andFallsBackToTheFirstItHas() {
    ProfileText text = new ProfileText(Map.of(Language.FR, "Bonjour", Language.EN, " "));
    assertEquals(Set.of(Language.FR), text.values().keySet());
    assertEquals("Bonjour", text.preferably(Language.DE));
    assertThrows(IllegalArgumentException.class, () -> new ProfileText(Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> ProfileText.in(Language.DE, "x".repeat(ProfileText.MAX_LENGTH + 1)));
  }

  @Test
  void sectorsArePrimaryPlusAtMostTwoOthers_eachOnce() {
    assertEquals(3, MemberSectors.of("design", "music", "film").all().size());
    assertThrows(
        IllegalArgumentException.class, () -> MemberSectors.of("design", "music", "film", "art"));
    assertThrows(IllegalArgumentException.class, () -> MemberSectors.of("design", "design"));
    assertThrows(IllegalArgumentException.class, () -> MemberSectors.of("design", "art", "art"));
  }

  @Test
  void exportProfilesUnionMarketsAndHelp() {
    ExportProfile a = new ExportProfile(Set.of(CountryCode.of("FR")), Set.of(), false);
    ExportProfile b =
        new ExportProfile(Set.of(CountryCode.of("DE")), Set.of(CountryCode.of("JP")), true);
    ExportProfile union = a.unionWith(b);
    assertEquals(
        List.of(CountryCode.of("DE"), CountryCode.of("FR")), List.copyOf(union.marketsServed()));
    assertEquals(Set.of(CountryCode.of("JP")), union.marketsWanted());
    assertTrue(union.wantsExportHelp());
  }

  @Test
  void textNormalizerFoldsAccentsAndCase_andSplitsWords() {
    assertEquals("creee a l'ecole", TextNormalizer.fold("Créée à l'École"));
    assertEquals("strasse", TextNormalizer.fold("Straße"));
    assertEquals(
        List.of("kunsthandwerk", "3d", "oeuvre"), TextNormalizer.tokens("Kunsthandwerk, 3D-Œuvre"));
  }

  @ParameterizedTest
  @CsvSource({"kitten,sitting,3", "design,desing,1", "abc,abc,0", "ab,ba,1", "'',abc,3"})
  void editDistanceCountsSwapsAsOne(String a, String b, int distance) {
    assertEquals(distance, TextNormalizer.editDistance(a, b));
  }

  @Test
  void consentNeedsTheField_andPublicOnlyKeepsJustTheConsentedOnes() {
    var email = java.util.Optional.of(new lu.creativecluster.domain.shared.Email("a@b.lu"));
    var phone = java.util.Optional.of(new PhoneNumber("+352 123 456"));
    var at = java.util.Optional.of(java.time.Instant.parse("2026-01-01T00:00:00Z"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ContactDetails(java.util.Optional.empty(), phone, at, java.util.Optional.empty()));
    ContactDetails details = new ContactDetails(email, phone, java.util.Optional.empty(), at);
    assertEquals(java.util.Optional.empty(), details.publicOnly().email());
    assertEquals(phone, details.publicOnly().phone());
    assertEquals(ContactDetails.privately(email, phone), details.withoutConsent());
  }

  @Test
  void privateDetailsHaveLimits_andNotesMayHaveLineBreaks() {
    assertEquals("a\nb", new PrivateDetails(null, null, " a\nb ").internalNotes());
    assertEquals("", new PrivateDetails(null, null, null).legalName());
    assertThrows(IllegalArgumentException.class, () -> new PrivateDetails("x".repeat(201), "", ""));
    assertThrows(IllegalArgumentException.class, () -> new PrivateDetails("a\nb", "", ""));
  }
}
