package lu.creativecluster.adapter.rest.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import lu.creativecluster.adapter.rest.audit.AuditEventResource;
import lu.creativecluster.adapter.rest.problem.Challenges;
import org.junit.jupiter.api.Test;

class AccessDeniedMapperTest {

  @Test
  void theScopesAPartnerNeeds_areReadFromTheOperationsSecurityRequirement() throws Exception {
    var list =
        AuditEventResource.class.getMethod(
            "list",
            String.class,
            String.class,
            jakarta.ws.rs.core.SecurityContext.class,
            jakarta.ws.rs.core.UriInfo.class);
    assertEquals(Set.of("audit:read"), AccessDeniedMapper.partnerScopes(list));
  }

  @Test
  void anOperationWithoutScopes_namesNone() throws Exception {
    var me = CallerResource.class.getMethod("me", jakarta.ws.rs.core.SecurityContext.class);
    assertEquals(Set.of(), AccessDeniedMapper.partnerScopes(me));
    assertEquals(Set.of(), AccessDeniedMapper.partnerScopes(null));
  }

  @Test
  void challenges_followRfc6750() {
    assertEquals("Bearer realm=\"creative-cluster\"", Challenges.bearer());
    assertEquals(
        "Bearer realm=\"creative-cluster\", error=\"insufficient_scope\","
            + " scope=\"audit:read stats:read\"",
        Challenges.insufficientScope(List.of("audit:read", "stats:read")));
  }
}
