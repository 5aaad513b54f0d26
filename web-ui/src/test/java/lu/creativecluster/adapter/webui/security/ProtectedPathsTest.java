package lu.creativecluster.adapter.webui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import lu.creativecluster.adapter.webui.security.ProtectedPaths.Requirement;
import lu.creativecluster.domain.account.Role;
import org.junit.jupiter.api.Test;

class ProtectedPathsTest {

  @Test
  void publicPagesTheApiAndResources_needNothing() {
    for (String path :
        new String[] {
          "",
          "/",
          "/de/",
          "/de/sectors",
          "/en/sign-in",
          "/sign-in.xhtml",
          "/api/v1/sectors",
          "/api/v1/staff",
          "/resources/css/site.css",
          "/en/staffing-agencies-guide"
        }) {
      assertEquals(Requirement.NONE, ProtectedPaths.of(path), path);
    }
  }

  @Test
  void theStaffArea_needsTheStaffRole_inEveryLanguageAndAsAView() {
    for (String path :
        new String[] {
          "/de/staff/", "/fr/staff", "/en/staff/accounts", "/staff/index.xhtml", "/staff"
        }) {
      assertEquals(Requirement.STAFF, ProtectedPaths.of(path), path);
    }
    assertEquals(Role.STAFF, Requirement.STAFF.role().orElseThrow());
  }

  @Test
  void theAuditLog_needsTheAdminRole() {
    for (String path : new String[] {"/de/staff/audit", "/en/staff/audit/", "/staff/audit.xhtml"}) {
      assertEquals(Requirement.ADMIN, ProtectedPaths.of(path), path);
    }
  }

  @Test
  void accountPages_needAnySignedInPerson() {
    assertEquals(Requirement.SIGNED_IN, ProtectedPaths.of("/en/account/"));
    assertEquals(Requirement.SIGNED_IN, ProtectedPaths.of("/account/profile.xhtml"));
    assertEquals(true, Requirement.SIGNED_IN.signInRequired());
    assertEquals(true, Requirement.SIGNED_IN.role().isEmpty());
  }

  @Test
  void otherSpellingsOfAProtectedPath_areProtectedToo() {
    for (String path :
        new String[] {
          "/DE/STAFF/",
          "/de//staff/",
          "//staff/index.xhtml",
          "/de/staff;jsessionid=abc/",
          "/de/Staff"
        }) {
      assertEquals(Requirement.STAFF, ProtectedPaths.of(path), path);
    }
    assertEquals(Requirement.ADMIN, ProtectedPaths.of("/de/staff/AUDIT;x=1"));
  }

  @Test
  void ofSeveralFormsOfOnePath_theStrictestWins() {
    assertEquals(Requirement.ADMIN, ProtectedPaths.of("/de/sectors", "/staff/audit.xhtml"));
    assertEquals(Requirement.STAFF, ProtectedPaths.of("/de/st%61ff/", "/de/staff/"));
    assertEquals(Requirement.NONE, ProtectedPaths.of((String) null));
  }
}
