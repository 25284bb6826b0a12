package dev.rallypoint.market.listing;

import com.querydsl.core.BooleanBuilder;
import com.querydsl.core.types.OrderSpecifier;
import com.querydsl.core.types.dsl.BooleanExpression;
import com.querydsl.core.types.dsl.Expressions;
import com.querydsl.jpa.impl.JPAQueryFactory;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds visible listings with QueryDSL. Keywords become {@code lower(column) like '%word%'}, which the
 * trigram indexes on {@code lower(title)} and {@code lower(description)} serve in Korean and English alike
 * for words of three characters or more. A word of two characters holds no trigram: the GIN index on the
 * listing's stored bigrams ({@code listing.bigrams}, migration {@code V2_0}) finds its candidates, and the
 * {@code like} checks them.
 */
@Component
class ListingQueries {

    private static final QListing LISTING = QListing.listing;

    private final JPAQueryFactory queries;

    ListingQueries(EntityManager entityManager) {
        this.queries = new JPAQueryFactory(entityManager);
    }

    /**
     * One page of the visible listings matching the search. It is not counted: a count of a common word
     * reads every matching row (a quarter of a second on 100,000 listings), the page only {@code size + 1}.
     */
    @Transactional(readOnly = true)
    Slice<Listing> search(ListingSearch search, Pageable page) {
        BooleanBuilder where = new BooleanBuilder(LISTING.hidden.isFalse()).and(LISTING.status.eq(search.status()));
        for (String word : search.words()) {
            BooleanExpression inText = LISTING.title.containsIgnoreCase(word).or(LISTING.description.containsIgnoreCase(word));
            where.and(ListingSearch.length(word) == 2 ? holdsBigram(word).and(inText) : inText);
        }
        if (search.category() != null) {
            where.and(LISTING.category.eq(search.category()));
        }
        if (search.condition() != null) {
            where.and(LISTING.condition.eq(search.condition()));
        }
        if (search.minPrice() != null) {
            where.and(LISTING.price.goe(search.minPrice()));
        }
        if (search.maxPrice() != null) {
            where.and(LISTING.price.loe(search.maxPrice()));
        }
        if (search.clubId() != null) {
            where.and(LISTING.clubId.eq(search.clubId()));
        }
        if (search.area() != null && !search.area().isBlank()) {
            where.and(LISTING.area.containsIgnoreCase(search.area().strip()));
        }
        List<Listing> content = queries.selectFrom(LISTING).where(where).orderBy(order(search.sort()))
                .offset(page.getOffset()).limit(page.getPageSize() + 1L).fetch();
        boolean hasNext = content.size() > page.getPageSize();
        return new SliceImpl<>(hasNext ? content.subList(0, page.getPageSize()) : content, page, hasNext);
    }

    /**
     * The listing's stored bigrams include the word's ({@link ListingSearchFunctions}): what the GIN index
     * {@code listing_bigrams} answers. Both sides are lower-cased by the same SQL function.
     */
    private static BooleanExpression holdsBigram(String word) {
        return Expressions.booleanTemplate("holds_bigrams(column({0}.bigrams), {1})", LISTING, word);
    }

    private static OrderSpecifier<?>[] order(ListingSort sort) {
        return switch (sort) {
            case NEWEST -> new OrderSpecifier<?>[] { LISTING.createdAt.desc(), LISTING.id.desc() };
            case PRICE_ASC -> new OrderSpecifier<?>[] { LISTING.price.asc(), LISTING.id.asc() };
            case PRICE_DESC -> new OrderSpecifier<?>[] { LISTING.price.desc(), LISTING.id.desc() };
        };
    }
}
