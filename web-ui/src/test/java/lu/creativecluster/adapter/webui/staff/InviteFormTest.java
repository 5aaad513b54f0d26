package lu.creativecluster.adapter.webui.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.shared.Email;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InviteFormTest {

  @Test
  void staff_areOfferedOnlyTheMemberRole() {
    assertEquals(List.of(Role.MEMBER), InviteForm.rolesFor(false));
  }

  @Test
  void admins_areOfferedEveryRole() {
    assertEquals(List.of(Role.MEMBER, Role.STAFF, Role.ADMIN), InviteForm.rolesFor(true));
  }

  @Test
  void anAddress_isNormalised() {
    assertEquals(
        Optional.of(new Email("ana@example.lu")), InviteForm.parseEmail("  Ana@Example.LU "));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "ana", "ana@", "ana@example", "a b@example.lu"})
  void somethingThatIsNoAddress_isRefused(String typed) {
    assertEquals(Optional.empty(), InviteForm.parseEmail(typed));
  }

  @Test
  void aName_hasOneTo120CharactersWithoutControlCharacters() {
    assertTrue(InviteForm.isValidName("Ana Lopes"));
    assertTrue(InviteForm.isValidName("x".repeat(InviteForm.MAX_NAME_LENGTH)));
    assertFalse(InviteForm.isValidName(""));
    assertFalse(InviteForm.isValidName("x".repeat(InviteForm.MAX_NAME_LENGTH + 1)));
    assertFalse(InviteForm.isValidName("Ana\nLopes"));
  }
}
