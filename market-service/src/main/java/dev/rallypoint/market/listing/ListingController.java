package dev.rallypoint.market.listing;

import dev.rallypoint.market.Paged;
import dev.rallypoint.market.Sliced;
import dev.rallypoint.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Listings: anyone reads them, members offer them, only their seller changes them. */
@RestController
@Tag(name = "Market listings")
class ListingController {

    /** Deeper pages are refused: narrow the search instead. */
    static final int MAX_PAGE = 500;

    private final Listings listings;

    private final ListingMapper mapper;

    ListingController(Listings listings, ListingMapper mapper) {
        this.listings = listings;
        this.mapper = mapper;
    }

    @PostMapping("/api/v1/market/listings")
    @Operation(summary = "Offers gear for points; on sale at once")
    ResponseEntity<ListingView> offer(Caller caller, @Valid @RequestBody ListingRequest request) {
        Listing listing = listings.offer(caller, mapper.toDetails(request));
        return ResponseEntity.created(URI.create("/api/v1/market/listings/" + listing.getId())).body(mapper.toView(listing));
    }

    @GetMapping("/api/v1/market/listings")
    @Operation(summary = "Searches listings: words in title or description (Korean or English), filters, newest or by price")
    Sliced<ListingSummary> search(@RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) Category category, @RequestParam(required = false) Condition condition,
            @RequestParam(required = false) @Min(0) @Max(ListingDetails.MAX_PRICE) Long minPrice,
            @RequestParam(required = false) @Min(0) @Max(ListingDetails.MAX_PRICE) Long maxPrice,
            @RequestParam(required = false) UUID clubId, @RequestParam(required = false) @Size(max = 60) String area,
            @RequestParam(required = false) ListingStatus status, @RequestParam(required = false) ListingSort sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        ListingSearch search = new ListingSearch(q, category, condition, minPrice, maxPrice, clubId, area, status, sort);
        return Sliced.of(listings.search(search, PageRequest.of(page, size)), mapper::toSummary);
    }

    @GetMapping("/api/v1/market/listings/{id}")
    @Operation(summary = "One listing, unless an admin hid it")
    ListingView one(@PathVariable UUID id) {
        return mapper.toView(listings.visible(id));
    }

    @PutMapping("/api/v1/market/listings/{id}")
    @Operation(summary = "Its seller replaces what the listing says; only while on sale (nobody is buying)")
    ListingView edit(Caller caller, @PathVariable UUID id, @Valid @RequestBody ListingRequest request) {
        return mapper.toView(listings.edit(caller, id, mapper.toDetails(request)));
    }

    @PostMapping("/api/v1/market/listings/{id}/withdrawal")
    @Operation(summary = "Its seller takes the listing off the market; only while on sale")
    ListingView withdraw(Caller caller, @PathVariable UUID id) {
        return mapper.toView(listings.withdraw(caller, id));
    }

    @GetMapping("/api/v1/market/my/listings")
    @Operation(summary = "The caller's own listings, newest first, hidden ones included")
    Paged<ListingView> mine(Caller caller, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return Paged.of(listings.mine(caller, PageRequest.of(page, size)), mapper::toView);
    }

    @GetMapping("/api/v1/market/my/listings/{id}")
    @Operation(summary = "One of the caller's own listings, also when hidden")
    ListingView own(Caller caller, @PathVariable UUID id) {
        return mapper.toView(listings.own(caller, id));
    }
}
