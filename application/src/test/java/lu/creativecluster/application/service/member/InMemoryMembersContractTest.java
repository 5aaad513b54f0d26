package lu.creativecluster.application.service.member;

import lu.creativecluster.application.port.out.member.AbstractMemberSearchContractTest;
import lu.creativecluster.application.port.out.member.MemberSearch;
import lu.creativecluster.application.port.out.member.Members;

/**
 * The reference fake passes the contract; being in another package than the contract, it also shows
 * that an adapter module's test can extend it.
 */
class InMemoryMembersContractTest extends AbstractMemberSearchContractTest {

  private final InMemoryMembers store = new InMemoryMembers();

  @Override
  protected Members members() {
    return store;
  }

  @Override
  protected MemberSearch search() {
    return store;
  }
}
