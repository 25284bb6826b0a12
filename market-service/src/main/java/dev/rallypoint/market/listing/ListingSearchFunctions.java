package dev.rallypoint.market.listing;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Teaches Hibernate the search's SQL that HQL cannot say: {@code holds_bigrams(bigrams, word)} is true when the
 * listing's bigrams (the column {@code listing.bigrams}, which the entity does not map, and its GIN index
 * {@code listing_bigrams}, migration {@code V2_0}) contain all of the word's, lower-cased by the same SQL
 * function. Loaded by Hibernate through {@code META-INF/services}.
 */
public final class ListingSearchFunctions implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry()
                .patternDescriptorBuilder("holds_bigrams", "?1 @> word_bigrams(?2)")
                .setExactArgumentCount(2)
                .setInvariantType(functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN))
                .register();
    }
}
