package dev.rallypoint.market.listing;

import dev.rallypoint.market.Paged;
import dev.rallypoint.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A member's wishlist and price-drop watches; each member sees and changes only their own. */
@RestController
@Tag(name = "Market favourites")
class FavouriteController {

    private final Favourites favourites;

    private final ListingMapper mapper;

    FavouriteController(Favourites favourites, ListingMapper mapper) {
        this.favourites = favourites;
        this.mapper = mapper;
    }

    @PutMapping("/api/v1/market/listings/{id}/favourite")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Keeps a listing on the caller's wishlist")
    void keep(Caller caller, @PathVariable UUID id) {
        favourites.keep(caller, id, false);
    }

    @DeleteMapping("/api/v1/market/listings/{id}/favourite")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Takes a listing off the caller's wishlist (and stops watching its price)")
    void forget(Caller caller, @PathVariable UUID id) {
        favourites.forget(caller, id);
    }

    @PutMapping("/api/v1/market/listings/{id}/price-watch")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Tells the caller when the listing's price drops (and keeps it on the wishlist)")
    void watch(Caller caller, @PathVariable UUID id) {
        favourites.keep(caller, id, true);
    }

    @DeleteMapping("/api/v1/market/listings/{id}/price-watch")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stops telling the caller about price drops of the listing")
    void unwatch(Caller caller, @PathVariable UUID id) {
        favourites.stopWatchingPrice(caller, id);
    }

    @GetMapping("/api/v1/market/my/favourites")
    @Operation(summary = "The caller's wishlist, most recently kept first")
    Paged<ListingSummary> mine(Caller caller, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return Paged.of(favourites.of(caller, PageRequest.of(page, size)), mapper::toSummary);
    }
}
