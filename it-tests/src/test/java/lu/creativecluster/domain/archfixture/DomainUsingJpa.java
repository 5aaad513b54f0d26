package lu.creativecluster.domain.archfixture;

/** Architecture fixture: a domain class that breaks the rules on purpose (JPA in the domain). */
@jakarta.persistence.Entity
public class DomainUsingJpa {}
