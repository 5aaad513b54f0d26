package lu.creativecluster.application.service.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import lu.creativecluster.application.port.in.member.ListOwnMembersUseCase;
import lu.creativecluster.application.port.in.member.MemberSummary;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.AccountId;

/** Use case service: the members a person's account manages. */
@ApplicationScoped
@Transactional
public class ListOwnMembersService implements ListOwnMembersUseCase {

  private final Members members;

  /** For CDI's client proxy only. */
  protected ListOwnMembersService() {
    this(null);
  }

  @Inject
  public ListOwnMembersService(Members members) {
    this.members = members;
  }

  @Override
  public List<MemberSummary> ownedBy(Actor actor) {
    if (actor.kind() != Actor.Kind.PERSON) {
      return List.of();
    }
    AccountId account;
    try {
      account = new AccountId(UUID.fromString(actor.id()));
    } catch (IllegalArgumentException notAnAccount) {
      // A person known only to an operator's identity provider manages no member record here.
      return List.of();
    }
    return members.byOwner(account).stream().map(MemberSummary::of).toList();
  }
}
