package lu.creativecluster.adapter.webui.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class AudienceTest {

  private static Predicate<String> roles(String... codes) {
    return Set.of(codes)::contains;
  }

  @Test
  void publicPages_admitVisitors() {
    assertTrue(Audience.EVERYONE.admits(false, roles()));
  }

  @Test
  void staffPages_admitStaffAndAdmins_butNotMembersOrVisitors() {
    assertTrue(Audience.STAFF.admits(true, roles("staff")));
    assertTrue(Audience.STAFF.admits(true, roles("admin", "staff")));
    assertFalse(Audience.STAFF.admits(true, roles("member")));
    assertFalse(Audience.STAFF.admits(false, roles("staff")));
  }

  @Test
  void adminPages_admitOnlyAdmins() {
    assertTrue(Audience.ADMIN.admits(true, roles("admin", "staff")));
    assertFalse(Audience.ADMIN.admits(true, roles("staff")));
  }

  @Test
  void signedInPages_admitAnyPerson() {
    assertTrue(Audience.SIGNED_IN.admits(true, roles()));
    assertFalse(Audience.SIGNED_IN.admits(false, roles()));
  }

  @Test
  void theGuardedPages_areTheStaffArea_itsAuditLog_andTheMemberPagesForStaffOrMembers() {
    assertEquals(Audience.STAFF, Page.STAFF.audience());
    assertEquals(Audience.ADMIN, Page.AUDIT_LOG.audience());
    assertEquals(Audience.STAFF, Page.STAFF_MEMBERS.audience());
    assertEquals(Audience.SIGNED_IN, Page.MEMBER_EDIT.audience());
    assertEquals(Audience.STAFF, Page.MEMBER_IMPORT.audience());
    assertEquals(Audience.SIGNED_IN, Page.MEMBER_DATA.audience());
    assertEquals(Audience.STAFF, Page.STAFF_MISSION.audience());
    assertEquals(Audience.STAFF, Page.STAFF_PARTNERS.audience());
    assertEquals(Audience.STAFF, Page.MISSION_EDIT.audience());
    assertEquals(Audience.STAFF, Page.STAFF_INQUIRIES.audience());
    assertEquals(Audience.STAFF, Page.STAFF_INQUIRY.audience());
    assertEquals(Audience.STAFF, Page.STAFF_INQUIRY_FIGURES.audience());
    assertEquals(Audience.ADMIN, Page.STAFF_MAIL_TEXTS.audience());
    assertEquals(Audience.STAFF, Page.STAFF_EVENTS.audience());
    assertEquals(Audience.STAFF, Page.STAFF_EVENT.audience());
    assertEquals(Audience.STAFF, Page.STAFF_PROJECTS.audience());
    Set<Page> guarded =
        Set.of(
            Page.STAFF,
            Page.AUDIT_LOG,
            Page.STAFF_MEMBERS,
            Page.MEMBER_EDIT,
            Page.MEMBER_IMPORT,
            Page.MEMBER_DATA,
            Page.STAFF_MISSION,
            Page.STAFF_PARTNERS,
            Page.MISSION_EDIT,
            Page.STAFF_INQUIRIES,
            Page.STAFF_INQUIRY,
            Page.STAFF_INQUIRY_FIGURES,
            Page.STAFF_MAIL_TEXTS,
            Page.STAFF_EVENTS,
            Page.STAFF_EVENT,
            Page.STAFF_PROJECTS);
    for (Page page : Page.values()) {
      if (!guarded.contains(page)) {
        assertEquals(Audience.EVERYONE, page.audience(), page.name());
      }
    }
  }

  @Test
  void pagesWithForms_keepViewState_forEveryone_andOthersOnlyForSignedInPeople() {
    assertTrue(Page.SIGN_IN.keepsViewState(false));
    assertTrue(Page.STAFF.keepsViewState(true));
    assertFalse(Page.SECTORS.keepsViewState(false));
    assertTrue(Page.SECTORS.keepsViewState(true));
    assertFalse(Page.SIGN_OUT.keepsViewState(true));
  }
}
