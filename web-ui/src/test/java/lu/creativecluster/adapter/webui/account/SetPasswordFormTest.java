package lu.creativecluster.adapter.webui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SetPasswordFormTest {

  @Test
  void eachReasonOfThePolicy_hasItsOwnExplanation() {
    assertEquals("setPassword.error.tooShort", SetPasswordForm.weaknessKey("too-short"));
    assertEquals("setPassword.error.tooLong", SetPasswordForm.weaknessKey("too-long"));
    assertEquals("setPassword.error.common", SetPasswordForm.weaknessKey("common"));
  }

  @Test
  void aReasonAddedLater_getsTheGeneralExplanation() {
    assertEquals("setPassword.error.weak", SetPasswordForm.weaknessKey("breached"));
  }
}
