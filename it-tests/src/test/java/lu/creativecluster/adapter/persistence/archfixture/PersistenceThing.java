package lu.creativecluster.adapter.persistence.archfixture;

/** Architecture fixture: the target of a forbidden adapter-to-adapter dependency. */
public class PersistenceThing {}
