package lu.creativecluster.adapter.webui.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublicFormsTest {

  @Test
  void theSignInForgotAndSetPasswordPages_arePublicForms_byUrlAndByView() {
    for (String path :
        new String[] {
          "/de/sign-in",
          "/fr/forgot-password",
          "/en/set-password",
          "/sign-in.xhtml",
          "/set-password.xhtml",
          "/EN/Sign-In",
          "/de/sign-in;jsessionid=x",
          "/fr/members/apply",
          "/member-apply.xhtml"
        }) {
      assertTrue(PublicForms.isPublicForm(path), path);
    }
  }

  @Test
  void otherPages_areNot() {
    for (String path :
        new String[] {
          "/",
          "/de/",
          "/de/sectors",
          "/de/staff/",
          "/api/v1/sectors",
          "/de/sign-in/x",
          "/de/members",
          "/de/members/atelier-nord",
          "/apply",
          null
        }) {
      assertFalse(PublicForms.isPublicForm(path), String.valueOf(path));
    }
  }
}
