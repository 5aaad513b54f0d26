package lu.creativecluster.application.port.in.member;

/**
 * Use case: a reader asks which generation of the member directory is current, to tell whether
 * something it computed from members earlier (a rendered directory or profile page) still shows
 * what is stored. The number changes with every committed change of any member.
 */
public interface MemberDirectoryGenerationUseCase {

  long generation();
}
