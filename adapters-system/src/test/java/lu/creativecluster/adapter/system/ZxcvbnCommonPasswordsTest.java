package lu.creativecluster.adapter.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ZxcvbnCommonPasswordsTest {

  private static final ZxcvbnCommonPasswords COMMON = new ZxcvbnCommonPasswords();

  @Test
  void theShippedList_holdsAtLeastTenThousandPasswords() {
    assertTrue(COMMON.size() >= 10_000, "only " + COMMON.size());
  }

  @Test
  void listedPasswords_areCommon_whateverTheirCase() {
    assertTrue(COMMON.isCommon("qwertyuiop"));
    assertTrue(COMMON.isCommon("1qaz2wsx3edc"));
    assertTrue(COMMON.isCommon("Q1W2E3R4T5Y6"));
  }

  @Test
  void listedPasswords_withDigitsOrPunctuationAround_orRepeated_areCommon() {
    assertTrue(COMMON.isCommon("Password2026!"));
    assertTrue(COMMON.isCommon("!!iloveyou1234"));
    assertTrue(COMMON.isCommon("qwertyqwerty"));
    assertTrue(COMMON.isCommon("2026 Sunshine 2026"));
  }

  @Test
  void longUnlistedPassphrases_areNot() {
    assertFalse(COMMON.isCommon("correct horse battery"));
    assertFalse(COMMON.isCommon("cluster-demo-2026"));
    assertFalse(COMMON.isCommon("Grüße aus Lëtzebuerg 🎨"));
    assertFalse(COMMON.isCommon("love2026!"));
  }
}
