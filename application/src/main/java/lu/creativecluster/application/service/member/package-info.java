/**
 * Use case services of the member directory (issue 8).
 *
 * <p>Vetoed as CDI beans until an adapter implements their outbound ports {@code Members} and
 * {@code MemberSearch}: deployed now, they would leave unsatisfied injection points and stop the
 * WAR from deploying. Their behaviour is tested against in-memory fakes; the persistence adapter
 * that comes next removes this veto.
 */
@Vetoed
package lu.creativecluster.application.service.member;

import jakarta.enterprise.inject.Vetoed;
